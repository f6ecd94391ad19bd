/**
 * Webhook message templates (`{{.src.name}} → {{.dst.name}}: …`): the renderer lives in @trawl/api
 * so the UI previews exactly what the hub sends.
 */
export { checkTemplate, DEFAULT_TEMPLATE, renderTemplate, TemplateError } from '@trawl/api';
