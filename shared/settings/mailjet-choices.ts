// The fixed choices of the Mailjet settings, apart from the schema: the renderer needs them for its
// forms, and the schema's field checks (with the Public Suffix List behind them) belong to the main side.

export const MAILJET_REGIONS = ['default', 'us'] as const;
export const MAILJET_EMAIL_TYPES = ['transactional', 'bulk'] as const;
