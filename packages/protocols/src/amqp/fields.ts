// The KFL paths AMQP entries fill (CONVENTIONS §10). The aliases amqp.* / rabbitmq.* (exchange,
// routingKey, queue, method) point at the request paths below (packages/kfl/src/fields.ts).

export const AMQP_FIELDS = [
  { path: 'request.method', type: 'string', description: 'AMQP method, e.g. basic.publish, queue.declare, channel.close' },
  { path: 'request.path', type: 'string', description: 'The queue the method names, else its exchange' },
  { path: 'request.channel', type: 'number', description: 'Channel number (0 for connection.*)' },
  { path: 'request.exchange', type: 'string', description: 'Exchange (publish, deliver, return, get-ok, exchange.*, queue.bind)' },
  { path: 'request.routingKey', type: 'string', description: 'Routing key' },
  { path: 'request.queue', type: 'string', description: 'Queue (queue.*, basic.consume, basic.get)' },
  { path: 'request.consumerTag', type: 'string', description: 'Consumer tag (consume, deliver, cancel)' },
  { path: 'request.deliveryTag', type: 'number', description: 'Delivery tag (deliver, ack, nack, reject)' },
  { path: 'request.arguments', type: 'map', description: 'Optional arguments table of declare / bind / consume' },
  { path: 'request.properties', type: 'map', description: 'Message properties: contentType, headers, deliveryMode, correlationId, replyTo, messageId, …' },
  { path: 'request.properties.headers', type: 'map', description: 'Message headers (field table)' },
  { path: 'request.body', type: 'string', description: 'Message body text, or base64 for binary' },
  { path: 'request.body.size', type: 'number', description: 'Real message body size in bytes' },
  { path: 'request.replyCode', type: 'number', description: 'Reply code of a close or basic.return' },
  { path: 'response.status', type: 'number', description: '0 = ok; else the reply code of the close that answered, or of basic.return' },
  { path: 'response.method', type: 'string', description: 'Reply method, e.g. queue.declare-ok, basic.get-empty, channel.close' },
  { path: 'response.replyText', type: 'string', description: 'Reply text of an error close or basic.return' },
  { path: 'response.properties', type: 'map', description: 'Message properties of a basic.get-ok' },
  { path: 'response.body', type: 'string', description: 'Message body of a basic.get-ok' },
  { path: 'response.messageCount', type: 'number', description: 'Messages in the queue (declare-ok, get-ok, purge-ok, delete-ok)' },
  { path: 'requestSize', type: 'number', description: 'Request frames on the wire, framing included' },
  { path: 'responseSize', type: 'number', description: 'Reply frames on the wire, framing included' },
] as const;

export type AmqpField = (typeof AMQP_FIELDS)[number];
export type AmqpFieldPath = AmqpField['path'];
