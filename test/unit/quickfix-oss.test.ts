import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPolicyDocument } from '../../server/src/core/document';
import { parentPrefixes, parseOssObjectArn } from '../../server/src/core/actions/ossArn';
import { directoryListingTitle } from '../../server/src/core/actions/addParentPrefixListing';
import { actionsAt, applyAction, diagnosticOn } from './quickfix-support';

/** EnablePath actions are recognised by the end of their title, which names the folders. */
const isEnablePath = (title: string) => title.endsWith(directoryListingTitle([]).slice('Allow listing down to '.length));

test('parent prefixes follow EnablePath: root, each parent, then the path', () => {
  assert.deepEqual(parentPrefixes('a/b/*'), ['', 'a/', 'a/b/*']);
  assert.deepEqual(parentPrefixes('dir/*'), ['', 'dir/*']);
  assert.deepEqual(parentPrefixes('a/b/report.csv'), ['', 'a/', 'a/b/', 'a/b/report.csv']);
  assert.deepEqual(parentPrefixes('a/b/'), ['', 'a/', 'a/b/']);
  assert.deepEqual(parentPrefixes('*.jpg'), ['', '*.jpg']);
  assert.equal(parentPrefixes('*'), undefined);
  assert.deepEqual(parseOssObjectArn('acs:oss:*:1234567890123456:bucket/a/*'), {
    bucketArn: 'acs:oss:*:1234567890123456:bucket',
    bucket: 'bucket',
    path: 'a/*',
  });
  assert.equal(parseOssObjectArn('acs:oss:*:*:bucket'), undefined);
  assert.equal(parseOssObjectArn('acs:oss:cn-hangzhou:1:accesspoint/ap1'), undefined);
  assert.equal(parseOssObjectArn('acs:ecs:*:*:instance/i-1'), undefined);
});

const DIRECTORY_POLICY = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      // read the reports folder
      "Action": ["oss:GetObject"],
      "Resource": "acs:oss:*:*:bucket/a/b/*"
    }
  ]
}`;

test('EnablePath: adds the parent-prefix ListObjects statement after an object-ARN statement, indented like it', () => {
  const actions = actionsAt(DIRECTORY_POLICY, DIRECTORY_POLICY.indexOf('oss:GetObject'));
  const action = actions.find((a) => isEnablePath(a.title))!;
  assert.ok(action, 'offered without any diagnostic');
  assert.equal(action.title, 'Allow listing down to bucket/a/b/* (oss:ListObjects with oss:Prefix per parent folder)');
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.edits.length, 1);
  const after = applyAction(DIRECTORY_POLICY, action);
  assert.equal(
    after,
    `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      // read the reports folder
      "Action": ["oss:GetObject"],
      "Resource": "acs:oss:*:*:bucket/a/b/*"
    },
    {
      "Effect": "Allow",
      "Action": "oss:ListObjects",
      "Resource": "acs:oss:*:*:bucket",
      "Condition": {
        "StringLike": {
          "oss:Prefix": [
            "",
            "a/",
            "a/b/*"
          ]
        },
        "StringEquals": {
          "oss:Delimiter": "/"
        }
      }
    }
  ]
}`,
  );
  const doc = createPolicyDocument(after);
  assert.deepEqual(doc.syntaxProblems.map((p) => p.code), ['json-comment'], 'only the user\'s own comment is reported');
  // Once the listing exists, the action is not offered again.
  assert.equal(actionsAt(after, after.indexOf('oss:GetObject')).filter((a) => isEnablePath(a.title)).length, 0);
});

test('EnablePath: one statement per bucket, prefixes merged, compact layout kept for one-line statements', () => {
  const text =
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:Get*", "Resource": ["acs:oss:*:*:logs/2024/*", "acs:oss:*:*:logs/2025/jan/*", "acs:oss:*:*:media/*"]}]}';
  const action = actionsAt(text, text.indexOf('oss:Get*')).find((a) => isEnablePath(a.title))!;
  assert.equal(action.title, 'Allow listing down to logs/2024/*, logs/2025/jan/*, … (oss:ListObjects with oss:Prefix per parent folder)');
  assert.equal(
    applyAction(text, action),
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:Get*", "Resource": ["acs:oss:*:*:logs/2024/*", "acs:oss:*:*:logs/2025/jan/*", "acs:oss:*:*:media/*"]}' +
      ', {"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:logs", "Condition": {"StringLike": {"oss:Prefix": ["", "2024/*", "2025/", "2025/jan/*"]}, "StringEquals": {"oss:Delimiter": "/"}}}' +
      ', {"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:media"}]}',
  );
});

test('EnablePath: tab-indented documents get tabs, CRLF documents get CRLF', () => {
  const text = '{\r\n\t"Version": "1",\r\n\t"Statement": [\r\n\t\t{\r\n\t\t\t"Effect": "Allow",\r\n\t\t\t"Action": "oss:PutObject",\r\n\t\t\t"Resource": "acs:oss:*:*:b/in/*"\r\n\t\t}\r\n\t]\r\n}';
  const action = actionsAt(text, text.indexOf('PutObject')).find((a) => isEnablePath(a.title))!;
  const after = applyAction(text, action);
  assert.ok(
    after.includes('\t\t},\r\n\t\t{\r\n\t\t\t"Effect": "Allow",\r\n\t\t\t"Action": "oss:ListObjects",\r\n\t\t\t"Resource": "acs:oss:*:*:b",\r\n\t\t\t"Condition": {\r\n\t\t\t\t"StringLike": {\r\n\t\t\t\t\t"oss:Prefix": [\r\n\t\t\t\t\t\t"",\r\n\t\t\t\t\t\t"in/*"\r\n'),
    after,
  );
  assert.deepEqual(createPolicyDocument(after).syntaxProblems, []);
});

test('EnablePath is not offered for Deny, listing-only, non-OSS or bucket-ARN statements, nor outside statements', () => {
  const cases = [
    '{"Version": "1", "Statement": [{"Effect": "Deny", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/d/*"}]}',
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b/d/*"}]}',
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "ecs:StartInstance", "Resource": "acs:ecs:*:*:instance/*"}]}',
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b"}]}',
  ];
  for (const text of cases) {
    assert.deepEqual(actionsAt(text, text.indexOf('"Effect"')).map((a) => a.title).filter(isEnablePath), [], text);
  }
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/d/*"}]}';
  assert.equal(actionsAt(text, 3).filter((a) => isEnablePath(a.title)).length, 0, 'cursor on Version');
  assert.equal(actionsAt(text, text.indexOf('"Effect"')).filter((a) => isEnablePath(a.title)).length, 1);
});

test('oss-prefix-without-delimiter: adds oss:Delimiter in a new StringEquals block laid out like its neighbours', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "oss:ListObjects",
      "Resource": "acs:oss:*:*:b",
      "Condition": {
        "StringLike": {
          "oss:Prefix": ["", "d/*"]
        }
      }
    }
  ]
}`;
  const diagnostic = diagnosticOn(text, '"oss:Prefix"', 'oss-prefix-without-delimiter');
  const action = actionsAt(text, diagnostic.offset, [diagnostic]).find((a) => a.diagnosticCodes.includes('oss-prefix-without-delimiter'))!;
  assert.equal(action.title, 'Add "oss:Delimiter": "/"');
  assert.equal(
    applyAction(text, action),
    `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "oss:ListObjects",
      "Resource": "acs:oss:*:*:b",
      "Condition": {
        "StringLike": {
          "oss:Prefix": ["", "d/*"]
        },
        "StringEquals": {
          "oss:Delimiter": "/"
        }
      }
    }
  ]
}`,
  );
});

test('oss-prefix-without-delimiter: joins an existing StringEquals block', () => {
  const text =
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringEquals": {"oss:Prefix": "d/"}}}]}';
  const diagnostic = diagnosticOn(text, '"oss:Prefix"', 'oss-prefix-without-delimiter');
  const action = actionsAt(text, diagnostic.offset, [diagnostic]).find((a) => a.diagnosticCodes.includes('oss-prefix-without-delimiter'))!;
  assert.equal(
    applyAction(text, action),
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringEquals": {"oss:Prefix": "d/", "oss:Delimiter": "/"}}}]}',
  );
});

test('oss-listobjects-object-arn: a listing-only statement moves to the bucket ARN with the path as oss:Prefix', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "oss:ListObjects",
      "Resource": "acs:oss:*:*:bucket/dir/*"
    }
  ]
}`;
  const diagnostic = diagnosticOn(text, '"acs:oss:*:*:bucket/dir/*"', 'oss-listobjects-object-arn', { bucketArn: 'acs:oss:*:*:bucket' });
  const action = actionsAt(text, diagnostic.offset, [diagnostic]).find((a) => a.diagnosticCodes.includes('oss-listobjects-object-arn'))!;
  assert.equal(action.title, 'Move oss:ListObjects to the bucket ARN acs:oss:*:*:bucket');
  assert.equal(
    applyAction(text, action),
    `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "oss:ListObjects",
      "Resource": "acs:oss:*:*:bucket",
      "Condition": {
        "StringLike": {
          "oss:Prefix": [
            "dir/*"
          ]
        }
      }
    }
  ]
}`,
  );
});

test('oss-listobjects-object-arn: with other actions, ListObjects gets its own statement (conditions kept)', () => {
  const text = `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "oss:GetObject",
        "oss:ListObjects"
      ],
      "Resource": ["acs:oss:*:*:bucket/dir/*"],
      "Condition": {"IpAddress": {"acs:SourceIp": "10.0.0.0/8"}}
    }
  ]
}`;
  const diagnostic = diagnosticOn(text, '"oss:ListObjects"', 'oss-listobjects-object-arn', { bucketArn: 'acs:oss:*:*:bucket' });
  const action = actionsAt(text, diagnostic.offset, [diagnostic]).find((a) => a.diagnosticCodes.includes('oss-listobjects-object-arn'))!;
  assert.equal(
    applyAction(text, action),
    `{
  "Version": "1",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "oss:GetObject"
      ],
      "Resource": ["acs:oss:*:*:bucket/dir/*"],
      "Condition": {"IpAddress": {"acs:SourceIp": "10.0.0.0/8"}}
    },
    {
      "Effect": "Allow",
      "Action": "oss:ListObjects",
      "Resource": "acs:oss:*:*:bucket",
      "Condition": {
        "IpAddress": {
          "acs:SourceIp": "10.0.0.0/8"
        },
        "StringLike": {
          "oss:Prefix": [
            "dir/*"
          ]
        }
      }
    }
  ]
}`,
  );
});

test('EnablePath on a lone statement object wraps Statement in an array', () => {
  const text = '{"Version": "1", "Statement": {"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/d/*"}}';
  const action = actionsAt(text, text.indexOf('oss:GetObject')).find((a) => isEnablePath(a.title))!;
  const after = applyAction(text, action);
  assert.equal(
    after,
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/d/*"}, {"Effect": "Allow", "Action": "oss:ListObjects", "Resource": "acs:oss:*:*:b", "Condition": {"StringLike": {"oss:Prefix": ["", "d/*"]}, "StringEquals": {"oss:Delimiter": "/"}}}]}',
  );
  assert.equal(createPolicyDocument(after).model.statementIsArray, true);
});

test('EnablePath in a bucket policy copies the statement\'s Principal into the listing statement', () => {
  const text = '{"Version": "1", "Statement": [{"Effect": "Allow", "Principal": ["20214760404935xxxx"], "Action": ["oss:GetObject"], "Resource": ["acs:oss:*:1234567890123456:b/d/*"]}]}';
  const action = actionsAt(text, text.indexOf('oss:GetObject')).find((a) => isEnablePath(a.title))!;
  assert.ok(
    applyAction(text, action).endsWith(
      ', {"Effect": "Allow", "Action": "oss:ListObjects", "Principal": ["20214760404935xxxx"], "Resource": "acs:oss:*:1234567890123456:b", "Condition": {"StringLike": {"oss:Prefix": ["", "d/*"]}, "StringEquals": {"oss:Delimiter": "/"}}}]}',
    ),
  );
});

test('EnablePath over a selection of several statements: one action per statement, told apart by their folders', () => {
  const text =
    '{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/in/*"}, {"Effect": "Allow", "Action": "oss:PutObject", "Resource": "acs:oss:*:*:b/out/*"}]}';
  const titles = actionsAt(text, 0, [], text.length).map((a) => a.title).filter(isEnablePath);
  assert.deepEqual(titles, [
    'Allow listing down to b/in/* (oss:ListObjects with oss:Prefix per parent folder)',
    'Allow listing down to b/out/* (oss:ListObjects with oss:Prefix per parent folder)',
  ]);
});

test('EnablePath is not offered when another statement already lists the folders (StringLike patterns count)', () => {
  const statement = '{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/a/b/*"}';
  const listing = (condition: string) => `{"Effect": "Allow", "Action": "oss:List*", "Resource": "acs:oss:*:*:b", "Condition": ${condition}}`;
  const offered = (condition: string) => {
    const text = `{"Version": "1", "Statement": [${statement}, ${listing(condition)}]}`;
    return actionsAt(text, text.indexOf('oss:GetObject')).filter((a) => isEnablePath(a.title)).length;
  };
  assert.equal(offered('{"StringLike": {"oss:Prefix": ["*"]}}'), 0);
  assert.equal(offered('{"StringLike": {"oss:Prefix": ["", "a/*"]}}'), 0);
  assert.equal(offered('{"StringEquals": {"oss:Prefix": ["", "a/", "a/b/*"]}}'), 0);
  assert.equal(offered('{"StringEquals": {"oss:Prefix": ["", "a/"]}}'), 1, 'a/b/* is missing');
  assert.equal(offered('{"StringLike": {"oss:Prefix": ["a/*"]}}'), 1, 'the bucket root is missing');

  const whole = (condition: string) => {
    const text = `{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:GetObject", "Resource": "acs:oss:*:*:b/*"}, ${listing(condition)}]}`;
    return actionsAt(text, text.indexOf('oss:GetObject')).filter((a) => isEnablePath(a.title)).length;
  };
  assert.equal(whole('{"StringLike": {"oss:Prefix": ["*"]}}'), 0, 'the whole bucket is listable');
  assert.equal(whole('{"StringLike": {"oss:Prefix": ["a/*"]}}'), 1, 'only a/ is listable');
});
