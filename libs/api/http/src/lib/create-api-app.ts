import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppConfig, requestIdFor } from '@cabinet/api/core';
import { registerEvidenceUploadParser } from '@cabinet/api/recommendations';
import { ApiModule } from './api.module';
import { serveWebApp } from './serve-web-app';

const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the API application (not yet listening), the same way for production and tests. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: config.TRUSTED_PROXIES, genReqId: requestIdFor });
  // Every answer carries its request id, so a person reporting a problem can quote it.
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // Evidence files arrive as raw bodies of up to 5 MiB on their one route; JSON keeps the 1 MiB limit.
  registerEvidenceUploadParser(adapter.getInstance());
  // No Nest body parsers: Fastify's own JSON parser (same limit, same refusal of __proto__) is the only
  // one, so a form post (which a browser sends cross-site without asking) is a 415, not a board created.
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular and Material set styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.NODE_ENV === 'production' ? [] : null,
      },
    },
    // A quick exit must leave no trail, and nothing here should leak to the neutral site.
    referrerPolicy: { policy: 'no-referrer' },
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Cabinet API').setDescription('Run community advisory boards and prove that the agency answered them.').setVersion('1').build(),
  );
  SwaggerModule.setup('api/docs', app, cleanupOpenApiDoc(document), { jsonDocumentUrl: 'api/openapi.json' });

  await serveWebApp(app, config.WEB_DIST_DIR);
  return app;
}
