import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import request, { Response, Test } from 'supertest';
import { TestApp } from './test-app';

type Schema = Record<string, unknown>;

interface MediaTypeObject {
  schema?: Schema;
}

export interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, { required?: boolean }>;
}

interface OperationObject {
  responses: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  method: string;
  template: string;
  responses: Record<string, ResponseObject>;
  pattern: RegExp;
  params: number;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const CONTENT_RANGE = /^[a-z-]+ (\d+-\d+|\*)\/\d+$/;

/**
 * Every object schema closed (additionalProperties: false unless it says otherwise), so that a field the document
 * does not describe fails validation instead of passing unnoticed.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const closedProperties = (properties: Schema) => Object.fromEntries(Object.entries(properties).map(([p, s]) => [p, closed(s)]));
  const entries = Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? closedProperties(v as Schema) : closed(v)]);
  const out = Object.fromEntries(entries);
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  // OpenAPI 3.0.3: nullable adds null to the allowed values, an enum's too; ajv's nullable leaves enum alone.
  if (out.nullable === true && Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
  return out;
}

/** Local references of the document made absolute, so that ajv finds them in the document added under DOC_ID. */
function absoluteRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absoluteRefs);
  if (schema === null || typeof schema !== 'object') return schema;
  const absolute = ([k, v]: [string, unknown]) => [k, k === '$ref' && typeof v === 'string' ? `${DOC_ID}${v}` : absoluteRefs(v)];
  return Object.fromEntries(Object.entries(schema).map(absolute));
}

const DOC_ID = 'openapi.json';

/** The live OpenAPI document and a check of each answer against the operation it belongs to. */
export class OpenApiContract {
  readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<Schema, ValidateFunction>();
  private readonly exercised = new Set<string>();

  constructor(readonly document: OpenApiDocument) {
    this.operations = Object.entries(document.paths)
      .flatMap(([template, item]) =>
        Object.entries(item)
          .filter(([method]) => METHODS.includes(method))
          .map(([method, op]) => ({
            method: method.toUpperCase(),
            template,
            responses: op.responses,
            pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
            params: (template.match(/\{/g) ?? []).length,
          })),
      )
      // A literal segment wins over a parameter: /media-plans/overview is not /media-plans/{id}.
      .sort((a, b) => a.params - b.params);
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: DOC_ID, components: { schemas: closed(document.components.schemas) } });
  }

  static async load(app: TestApp): Promise<OpenApiContract> {
    const res = await request(app.url).get('/api/docs-json').expect(200);
    return new OpenApiContract(res.body as OpenApiDocument);
  }

  documents(method: string, path: string): boolean {
    const bare = path.split('?')[0];
    return this.operations.some((o) => o.method === method && o.pattern.test(bare));
  }

  operationOf(method: string, path: string): Operation {
    const bare = path.split('?')[0];
    const op = this.operations.find((o) => o.method === method && o.pattern.test(bare));
    if (!op) throw new Error(`${method} ${bare}: no operation in the OpenAPI document`);
    return op;
  }

  /** What is wrong with the answer by the document (an empty list when nothing); the operation counts as exercised. */
  problemsOf(method: string, path: string, res: Pick<Response, 'status' | 'headers' | 'body' | 'text'>): string[] {
    const op = this.operationOf(method, path);
    this.exercised.add(`${op.method} ${op.template}`);
    const where = `${op.method} ${op.template} ${res.status}`;
    const described = op.responses[String(res.status)];
    if (!described) return [`${where}: the status is not in the document`];
    const mediaTypes = Object.keys(described.content ?? {});
    if (mediaTypes.length === 0) return res.text ? [`${where}: a body where the document describes none`] : [];
    const contentType = String(res.headers['content-type'] ?? '').split(';')[0];
    const mediaType = mediaTypes.find((t) => t.split(';')[0] === contentType);
    if (!mediaType) return [`${where}: content type ${contentType}, the document says ${mediaTypes.join(' or ')}`];
    const problems: string[] = [];
    for (const [name, header] of Object.entries(described.headers ?? {})) {
      const value = res.headers[name.toLowerCase()];
      if (value === undefined && header.required !== false) problems.push(`${where}: header ${name} missing`);
      const malformed = name === 'Content-Range' && value !== undefined && !CONTENT_RANGE.test(String(value));
      if (malformed) problems.push(`${where}: Content-Range ${String(value)}`);
    }
    const schema = described.content?.[mediaType].schema;
    if (!schema) return [...problems, `${where}: no schema for ${mediaType}`];
    if (mediaType !== 'application/json') return problems;
    const validate = this.validatorOf(schema);
    if (!validate(res.body)) {
      const errors = validate.errors ?? [];
      problems.push(...errors.map((e) => `${where}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
    }
    return problems;
  }

  private validatorOf(schema: Schema): ValidateFunction {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(closed(schema)) as Schema);
      this.validators.set(schema, validate);
    }
    return validate;
  }

  /** The operations of the document that no answer was checked against. */
  unexercised(): string[] {
    return this.operations.map((o) => `${o.method} ${o.template}`).filter((o) => !this.exercised.has(o));
  }
}

/**
 * With OPENAPI_CHECK=1, every answer that a test gets through `api()` is checked against the live document of the app
 * that gave it, and the test file fails at its end when one does not match. Answers of paths the document does not
 * have (an unknown route's 404) are left out.
 */
const CHECK_ALL = process.env.OPENAPI_CHECK === '1';
const contracts = new Map<string, Promise<OpenApiContract>>();
const checks: Promise<string[]>[] = [];

if (CHECK_ALL) {
  afterAll(async () => {
    expect((await Promise.all(checks)).flat()).toEqual([]);
  });
}

export function checkedAnswer(test: Test, app: TestApp, method: string, path: string): Test {
  if (!CHECK_ALL) return test;
  let contract = contracts.get(app.url);
  if (!contract) {
    contract = OpenApiContract.load(app);
    contracts.set(app.url, contract);
  }
  const loaded = contract;
  test.on('response', (res: Response) => {
    checks.push(loaded.then((c) => (c.documents(method, path) ? c.problemsOf(method, path, res) : [])));
  });
  return test;
}
