// A small signature pad: draw with a finger, pen or mouse (plain Pointer Events, no
// library), then keep it as a compact PNG data URL. The bitmap is a fixed 320x128 px,
// whatever the screen's pixel ratio, with transparent background and dark strokes, so a
// signature is a few KB (the attendance schema allows up to maxSignatureChars). Before
// export the anti-aliased edge is thresholded to two values (ink or nothing), which PNG's
// filters and deflate compress far better than shades of grey.
// touch-action: none on the canvas keeps the page from scrolling while signing.
import { useRef, useState } from 'preact/hooks';
import { maxSignatureChars } from '../../domain/attendance.ts';
import { useT } from '../i18n/language.tsx';

const WIDTH = 320;
const HEIGHT = 128;

type Props = { label: string; onSave: (dataUrl: string) => void; onCancel: () => void };

const INK: [number, number, number] = [16, 35, 63];

/** Every pixel becomes ink (opaque) or background (transparent). */
function thresholdInk(ctx: CanvasRenderingContext2D): void {
  const image = ctx.getImageData(0, 0, WIDTH, HEIGHT);
  const { data } = image;
  for (let index = 0; index < data.length; index += 4) {
    const isInk = (data[index + 3] ?? 0) >= 96;
    data[index] = isInk ? INK[0] : 0;
    data[index + 1] = isInk ? INK[1] : 0;
    data[index + 2] = isInk ? INK[2] : 0;
    data[index + 3] = isInk ? 255 : 0;
  }
  ctx.putImageData(image, 0, 0);
}

function pointOf(canvas: HTMLCanvasElement, event: PointerEvent): [number, number] {
  const rect = canvas.getBoundingClientRect();
  return [((event.clientX - rect.left) * WIDTH) / rect.width, ((event.clientY - rect.top) * HEIGHT) / rect.height];
}

export function SignaturePad({ label, onSave, onCancel }: Props) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<[number, number] | null>(null);
  const [hasInk, setHasInk] = useState(false);
  const [problem, setProblem] = useState<'empty' | 'tooLarge' | null>(null);

  const context = () => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) {
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = `rgb(${INK.join(' ')})`;
    }
    return ctx;
  };
  const onDown = (event: PointerEvent) => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    last.current = pointOf(canvas, event);
  };
  const onMove = (event: PointerEvent) => {
    const canvas = canvasRef.current;
    const ctx = context();
    if (!canvas || !ctx || !last.current) return;
    const [x, y] = pointOf(canvas, event);
    ctx.beginPath();
    ctx.moveTo(last.current[0], last.current[1]);
    ctx.lineTo(x, y);
    ctx.stroke();
    last.current = [x, y];
    if (!hasInk) setHasInk(true);
    setProblem(null);
  };
  const onUp = () => {
    last.current = null;
  };
  const clear = () => {
    context()?.clearRect(0, 0, WIDTH, HEIGHT);
    setHasInk(false);
    setProblem(null);
  };
  const save = () => {
    const canvas = canvasRef.current;
    const ctx = context();
    if (!canvas || !ctx || !hasInk) return setProblem('empty');
    thresholdInk(ctx);
    const dataUrl = canvas.toDataURL('image/png');
    if (dataUrl.length > maxSignatureChars) return setProblem('tooLarge');
    onSave(dataUrl);
  };
  return (
    <div class="signature-pad" data-testid="signature-pad">
      <p class="signature-pad__hint">{t('pokja.signature.hint')}</p>
      <canvas
        ref={canvasRef}
        class="signature-pad__canvas"
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={label}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
      />
      {problem && <p class="field__error" role="alert">{t(problem === 'empty' ? 'pokja.signature.empty' : 'pokja.signature.tooLarge')}</p>}
      <div class="signature-pad__actions">
        <button type="button" class="button button--ghost" onClick={onCancel}>{t('pokja.signature.cancel')}</button>
        <button type="button" class="button button--secondary" onClick={clear}>{t('pokja.signature.clear')}</button>
        <button type="button" class="button button--primary" onClick={save}>{t('pokja.signature.save')}</button>
      </div>
    </div>
  );
}
