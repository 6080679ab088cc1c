/**
 * The generator's two extra input shapes: API lists of other product versions
 * (inputs/extra-apis) and RAM codes named by other official pages (inputs/extra-codes.json).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalog } from '../../scripts/catalog/build';
import { readInputs, type Inputs } from '../../scripts/catalog/inputs';
import { INPUTS_DIR } from '../../scripts/generate-catalog';

function withExtras(change: (inputs: Inputs) => void) {
  const inputs = readInputs(INPUTS_DIR());
  change(inputs);
  return buildCatalog(inputs);
}

test('an older API version adds derived <code>:<API> actions under the product’s documented RAM code', () => {
  const built = withExtras((inputs) => {
    inputs.extraApis.push({ product: 'Cms', version: '2000-01-01', source: 'fixture list', retrieved: '2026-11-24', apis: ['QueryFixtureMetric'] });
  });
  const cms = built.services.find((s) => s.code === 'cms')!;
  const action = cms.actions.find((a) => a.name === 'cms:QueryFixtureMetric');
  assert.ok(action, 'cms:QueryFixtureMetric derived');
  assert.equal(action.confidence, 'derived');
  assert.match(action.source, /API list Cms 2000-01-01 .*fixture list/);
  assert.equal(action.docUrl, 'https://api.aliyun.com/api/Cms/2000-01-01/QueryFixtureMetric');
  const mapping = built.index.products.find((p) => p.product === 'Cms')!;
  assert.deepEqual(mapping.otherVersions?.at(-1), { version: '2000-01-01', apiCount: 1 });
});

test('an API list for a product with no API names in the metadata fills its service', () => {
  const before = withExtras(() => {});
  const product = before.index.products.find((p) => p.apiCount === 0 && p.mapping === 'product-default')!;
  assert.deepEqual(product.derivedInto, []);
  const after = withExtras((inputs) => {
    inputs.extraApis.push({ product: product.product, version: product.version, source: 'fixture', retrieved: '2026-11-24', apis: ['DescribeFixture'] });
  });
  const mapping = after.index.products.find((p) => p.product === product.product)!;
  assert.deepEqual(mapping.derivedInto, product.ramCodes);
  const service = after.services.find((s) => s.code === product.ramCodes[0])!;
  assert.ok(service.actions.some((a) => a.name === `${product.ramCodes[0]}:DescribeFixture`));
});

test('an API list for an unknown product is an error, not a silent miss', () => {
  assert.throws(
    () => withExtras((inputs) => inputs.extraApis.push({ product: 'NoSuchProduct', version: '1', source: 'x', retrieved: 'x', apis: ['A'] })),
    /NoSuchProduct is not in openapi-products.json/,
  );
});

test('a RAM code from another official page becomes a service with codeSource docs, and maps its products', () => {
  const built = withExtras((inputs) => {
    inputs.extraCodes.push({ code: 'fixturecode', product: 'Fixture Service', source: 'fixture page', evidence: 'the RAM code is fixturecode' });
    inputs.extraCodes.push({ code: 'cms-fixture', product: 'Fixture alias', productCodes: ['Yike'], source: 'fixture page', evidence: 'x' });
  });
  const service = built.index.services.find((s) => s.code === 'fixturecode')!;
  assert.equal(service.codeSource, 'docs');
  assert.equal(service.name, 'Fixture Service');
  const yike = built.index.products.find((p) => p.product === 'Yike')!;
  assert.deepEqual(yike.ramCodes, ['cms-fixture']);
  assert.equal(yike.mapping, 'docs');
});
