// Bolt for JavaScript answering /status with a fixed Block Kit reply: the
// Slack peer in briefbot's load benchmark (bench/run.sh).
//
// Bolt's own HTTP receiver, with request signature verification on as Bolt
// does by default, listening on the path briefbot uses. The token and bot ids
// are given so that Bolt never calls auth.test: nothing leaves the machine.
//
//   SLACK_SIGNING_SECRET=... PORT=3000 REPLY=../replies/slack.json node bolt.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { App, LogLevel } = require('@slack/bolt');

const reply = JSON.parse(fs.readFileSync(process.env.REPLY || path.join(__dirname, '../replies/slack.json'), 'utf8'));

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: 'xoxb-bench-not-a-real-token',
  botId: 'B0BENCH0001',
  botUserId: 'U0BENCHBOT1',
  endpoints: '/slack/commands',
  logLevel: LogLevel.WARN,
});

app.command('/status', async ({ ack }) => {
  await ack(reply);
});

(async () => {
  const port = Number(process.env.PORT || 3000);
  await app.start({ port, host: '127.0.0.1' });
  console.log(`bolt: listening on 127.0.0.1:${port}`);
})().catch((err) => {
  console.error(`bolt: ${err.message}`);
  process.exit(1);
});
