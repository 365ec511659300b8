// express + discord-interactions answering a command with a fixed embed: the
// Discord peer in briefbot's load benchmark (bench/run.sh).
//
// verifyKeyMiddleware checks the Ed25519 signature over the raw body and
// answers PING itself; the handler answers an APPLICATION_COMMAND with the
// fixed type-4 reply, as the package's README shows.
//
//   DISCORD_PUBLIC_KEY=... PORT=3000 REPLY=../replies/discord.json node discord.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const express = require('express');
const { InteractionType, verifyKeyMiddleware } = require('discord-interactions');

const reply = JSON.parse(fs.readFileSync(process.env.REPLY || path.join(__dirname, '../replies/discord.json'), 'utf8'));

const app = express();

app.post('/discord/interactions', verifyKeyMiddleware(process.env.DISCORD_PUBLIC_KEY), (req, res) => {
  if (req.body.type === InteractionType.APPLICATION_COMMAND) {
    return res.send(reply);
  }
  return res.status(400).send({ error: 'unknown interaction type' });
});

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', (err) => {
  if (err) {
    console.error(`discord-interactions: ${err.message}`);
    process.exit(1);
  }
  console.log(`discord-interactions: listening on 127.0.0.1:${port}`);
});
