import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAuthTables } from '../../scripts/catalog/importSdkAuthTables';
import { loadCatalog } from '../../server/src/core/catalog/node';

const SDK_SOURCE = `
  /**
   * Queries logs.
   * ### Authentication resources
   * |Action|Resource|
   * |:---|:---|
   * |\`log:GetLogStoreLogs\`|\`acs:log:{#regionId}:{#accountId}:project/{#ProjectName}/logstore/{#LogstoreName}\`|
   */
  async getLogsWithOptions(project: string): Promise<void> {
    let params = new $OpenApiUtil.Params({
      action: "GetLogs",
    });
  }

  /**
   * Queries logs.
   * |Action|Resource|
   * |\`log:GetLogStoreLogs\`|\`acs:log:{#regionId}:{#accountId}:project/{#ProjectName}/logstore/{#LogstoreName}\`|
   */
  async getLogs(project: string): Promise<void> {
    return await this.getLogsWithOptions(project);
  }

  /**
   * No table here.
   */
  async listProjectWithOptions(): Promise<void> {
    let params = new $OpenApiUtil.Params({
      action: "ListProject",
    });
  }

  /**
   * |Action|Resource|
   * |\`log:TagResources\`|The resource format varies.\\\\-\`acs:log:{#regionId}:{#accountId}:project/{#ProjectName}\`\\\\-\`acs:log:*:*:project/*/logstore/*\`|
   * |\`ecs:DescribeInstances\`|\`*\`|
   */
  async tagResourcesWithOptions(): Promise<void> {
    let params = new $OpenApiUtil.Params({
      action: "TagResources",
    });
  }
`;

test('SDK import: each *WithOptions method pairs its documented RAM rows with its API name; wrappers and other codes are ignored', () => {
  assert.deepEqual(extractAuthTables(SDK_SOURCE, 'log', 'pkg@1'), [
    {
      action: 'log:GetLogStoreLogs',
      apis: ['GetLogs'],
      resources: ['acs:log:{#regionId}:{#accountId}:project/{#ProjectName}/logstore/{#LogstoreName}'],
      evidence: 'pkg@1: doc comment of GetLogs',
    },
    {
      action: 'log:TagResources',
      apis: ['TagResources'],
      resources: ['acs:log:*:*:project/*/logstore/*', 'acs:log:{#regionId}:{#accountId}:project/{#ProjectName}'],
      evidence: 'pkg@1: doc comment of TagResources',
    },
  ]);
});

test('extra inputs are merged into the catalog: SDK RAM table rows are verified, with their ARNs and API names', () => {
  const catalog = loadCatalog();
  const context = catalog.action('log:GetLogStoreContextLogs');
  assert.equal(context?.confidence, 'verified');
  assert.deepEqual(context?.apis, ['GetContextLogs']);
  assert.deepEqual(context?.resourceArns, ['acs:log:{#regionId}:{#accountId}:project/{#ProjectName}/logstore/{#LogstoreName}']);
  assert.match(context?.source ?? '', /@alicloud\/sls20201230@5\.9\.0/);
  // A row the older log table already had keeps its table source and gains the SDK's API name.
  const logs = catalog.action('log:GetLogStoreLogs');
  assert.equal(logs?.confidence, 'verified');
  assert.ok(logs?.apis.includes('GetLogsV2'), logs?.apis.join(','));
  assert.ok(catalog.info.sources.some((s) => s.url === 'https://www.npmjs.com/package/@alicloud/sls20201230'));
});
