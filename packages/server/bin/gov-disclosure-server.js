#!/usr/bin/env node
// Committed so that `npm install` links the command on a fresh clone, before `dist/` is built.
import '../dist/bin.js';
