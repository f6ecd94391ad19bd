/**
 * Webhook message templates, rendered and checked by the hub's own code (@trawl/api), so a rule's
 * preview is what its receiver gets and the form refuses what the hub refuses, with its message.
 */
export { DEFAULT_TEMPLATE, renderTemplate, templateProblem } from '@trawl/api';
