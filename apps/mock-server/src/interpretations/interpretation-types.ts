/** Where the docs say something, quoted: a source tag of the reference sheet and the words. */
export interface Evidence {
  /** A source tag of the reference sheet (`seed000`, `get`, `L-get-id`, ...) or `not documented`. */
  readonly source: string;
  readonly quote: string;
}

/** One reading of a point the docs leave open. */
export interface Alternative {
  /** kebab-case; the first alternative of a switch is the default. */
  readonly value: string;
  /** What the fake does under this reading, in one sentence. */
  readonly behaviour: string;
  readonly evidence: readonly Evidence[];
  /** False when the spec's response schemas do not describe the answers (validateResponses then skips them). */
  readonly inSpec: boolean;
}

/** A point where the docs disagree or are silent and the answers differ on the wire. */
export interface InterpretationSwitch {
  /** `I-n`: the reference sheet's inconsistency; `U-n`: a point it lists as not documented. */
  readonly id: string;
  /** kebab-case, usable instead of the id. */
  readonly name: string;
  readonly question: string;
  /** Why the default is the default. */
  readonly reason: string;
  readonly alternatives: readonly Alternative[];
}
