// Email Marketing's system parameters for a dedicated outgoing server (mass_mailing's
// res_config_settings.py: the "Dedicated Server" box and the server it names), read and written by the
// core's plan and worded for the admin by shared/odoo/change-wording.ts.

export const PARAM_DEDICATED_SERVER = 'mass_mailing.outgoing_mail_server';
export const PARAM_MASS_MAILING_SERVER = 'mass_mailing.mail_server_id';
