// Kept where the steps import it from: the operation hook now belongs to the data layer (renderer/data).
export { useOperation, type OperationState } from '../data/operation';
