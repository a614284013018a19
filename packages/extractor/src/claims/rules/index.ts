// The attribution rules, in the order they are tried at each token outside quotations (the way
// graphql-js lists its validation rules). The first rule that answers decides: a cue, or 'block'.
import { accordingTo } from './according-to.js';
import { leadingParticiple } from './leading-participle.js';
import { phrasalParticle } from './phrasal-particle.js';
import { calledLabel } from './called-label.js';
import { urgeObject } from './urge-object.js';
import { objectCue } from './object-cue.js';
import { toldObject } from './told-object.js';
import { saidThat } from './said-that.js';
import { quoteThenSpeaker } from './quote-then-speaker.js';
import { saidColon } from './said-colon.js';
import { saidSpeaker } from './said-speaker.js';
import { speakerThenQuote } from './speaker-then-quote.js';
import type { CueRule } from '../site.js';

export const specifiedRules: readonly CueRule[] = [
  accordingTo,
  leadingParticiple,
  phrasalParticle,
  calledLabel,
  urgeObject,
  objectCue,
  toldObject,
  saidThat,
  quoteThenSpeaker,
  saidColon,
  saidSpeaker,
  speakerThenQuote,
];
