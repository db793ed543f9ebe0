/** Why `spec`, imported from the repository-relative `file`, breaks a rule of docs/architecture.md; null when it is fine. */
export function importProblem(file: string, spec: string, typeOnly?: boolean): string | null;
