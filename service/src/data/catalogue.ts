// The mysfits of our catalogue: our own creatures (not the tutorial's), one per line of the
// adoption site. Seeded into the table by `mysfits seed`, by the data stack's custom resource,
// and by the local run. Images ship with the site under images/mysfits/.

import type { FILTERS } from '../contract/schemas.js';

/** The alignments are the list's filter values (the API contract declares them). */
export type GoodEvil = (typeof FILTERS.GoodEvil)[number];
export type LawChaos = (typeof FILTERS.LawChaos)[number];

/** The catalogue fields of an item; the table adds Likes and Adopted. */
export interface CatalogueEntry {
  readonly MysfitId: string;
  readonly Name: string;
  readonly Species: string;
  readonly Description: string;
  readonly Age: number;
  readonly GoodEvil: GoodEvil;
  readonly LawChaos: LawChaos;
  /** Site-relative URIs: the site serves the images, so one build works in every region. */
  readonly ThumbImageUri: string;
  readonly ProfileImageUri: string;
}

const entry = (
  MysfitId: string,
  slug: string,
  Name: string,
  Species: string,
  Age: number,
  GoodEvil: GoodEvil,
  LawChaos: LawChaos,
  Description: string,
): CatalogueEntry => ({
  MysfitId,
  Name,
  Species,
  Description,
  Age,
  GoodEvil,
  LawChaos,
  ThumbImageUri: `images/mysfits/${slug}-thumb.svg`,
  ProfileImageUri: `images/mysfits/${slug}.svg`,
});

export const CATALOGUE: readonly CatalogueEntry[] = [
  entry(
    'b45665ab-8f16-4079-a942-610eebc6d85e',
    'bramblewick',
    'Bramblewick',
    'Moss Golem',
    212,
    'Good',
    'Lawful',
    'Keeps a ledger of every seed he has ever planted and waters them in alphabetical order. Slow to move, slower to anger, and very good with small children and smaller snails.',
  ),
  entry(
    '8a1a2ce2-af04-4ae5-b068-ee5bd5568280',
    'pip-ondine',
    'Pip Ondine',
    'River Sprite',
    9,
    'Good',
    'Chaotic',
    'Rearranges the stepping stones every night so nobody crosses the river the same way twice. Means well. Returns lost boots, usually full of minnows.',
  ),
  entry(
    '88c48164-0dc0-4f78-9542-eed42fe1893c',
    'sir-nettlesworth',
    'Sir Nettlesworth',
    'Armoured Hedgehog',
    34,
    'Good',
    'Neutral',
    'A knight of no particular order who curls into a ball at the first sign of paperwork. Will guard your garden from slugs with great ceremony.',
  ),
  entry(
    'a225d1ff-c1a7-43d6-8e21-00f92d5e1bdd',
    'murkle',
    'Murkle',
    'Bog Troll',
    51,
    'Neutral',
    'Chaotic',
    'Collects umbrellas, opens them indoors, and has never once had bad luck because of it. Smells faintly of peat and peppermint.',
  ),
  entry(
    '1e5a655c-bedd-4f9e-8b2e-0ba31960675a',
    'ember-vex',
    'Ember Vex',
    'Ash Salamander',
    17,
    'Evil',
    'Chaotic',
    "Toasts marshmallows on other people's campfires and then puts the fires somewhere else. Needs a home with a stone floor and a forgiving insurance policy.",
  ),
  entry(
    'dbbdeeab-faef-4ace-b867-97e26e7b59db',
    'grimsby-tallow',
    'Grimsby Tallow',
    'Candle Wraith',
    300,
    'Evil',
    'Lawful',
    'Enforces bedtime with terrifying punctuality and reads the small print of every contract aloud. Flickers when lied to.',
  ),
  entry(
    'f55c52ab-ba1c-405d-af69-726664519ed8',
    'professor-fennimore',
    'Professor Fennimore',
    'Owlbear Scholar',
    88,
    'Neutral',
    'Lawful',
    'Has peer-reviewed every book in the forest library, including the cookbooks. Hugs only after a formal request in triplicate.',
  ),
  entry(
    '14708ed9-cadf-4f63-86df-1604d29b60a4',
    'tumbleweed',
    'Tumbleweed',
    'Dust Djinn',
    1000,
    'Neutral',
    'Neutral',
    'Grants exactly one wish a century and is currently between wishes. Happy to drift around the house keeping the shelves interesting.',
  ),
  entry(
    '62ada9fe-dfa4-4ee4-8c94-5dbb547ecfa5',
    'oona-gloamfeather',
    'Oona Gloamfeather',
    'Night Griffin',
    46,
    'Evil',
    'Neutral',
    'Steals only shiny things, and only on Tuesdays, and always leaves a polite note. Excellent at finding keys you did not know you had lost.',
  ),
  entry(
    '51c1a42d-3e6d-4a7c-bd01-d61c2761c40c',
    'barnaby-puddlejump',
    'Barnaby Puddlejump',
    'Frog Knight',
    12,
    'Good',
    'Lawful',
    "Sworn protector of every puddle within a day's hop. Carries a lily-pad shield and a strong sense of fair play at board games.",
  ),
  entry(
    'e42f21dd-66b3-4494-9ac2-51e9695306fe',
    'sprocket',
    'Sprocket',
    'Clockwork Kobold',
    3,
    'Neutral',
    'Neutral',
    'Winds itself up every morning and fixes whatever it finds, whether or not it was broken. Ticks contentedly when scratched behind the gears.',
  ),
  entry(
    '24c7b990-0f5c-4581-93b2-fdcee7bf9e2c',
    'hexabelle',
    'Hexabelle',
    'Swamp Hag Cat',
    66,
    'Evil',
    'Chaotic',
    'Curses the mail carrier, uncurses them for a saucer of cream, then curses them again out of habit. Purrs in three keys at once.',
  ),
];
