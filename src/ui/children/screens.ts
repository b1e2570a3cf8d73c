// The children screens, loaded lazily as one chunk (children-routes.tsx).
import './children.css';

export { AtRiskScreen } from './at-risk-screen.tsx';
export { ChildScreen } from './child-screen.tsx';
export { MeasurementScreen } from './measurement-screen.tsx';
