/** The two presentation texts of a finding. */
export interface FindingTexts {
  title: string;
  explanation: string;
}

/**
 * Base whose constructor returns the object it is given, so that a subclass constructor
 * adds its private fields to that object instead of to a new instance. This is how a plain
 * finding object gets a hidden, per-object slot: private fields are invisible to
 * `Object.keys`, JSON.stringify, structured clone (postMessage) and test equality, and
 * cost a plain field store (a WeakMap or a non-enumerable symbol property costs several
 * times more per object, which shows on 200,000 findings).
 */
class ReturnsTarget {
  constructor(target: object) {
    return target;
  }
}

/** Builds the texts of the findings of one rule from what each finding is about. */
export interface TextRecipe<Subject> {
  /** The texts of `target`, a finding about `subject` (a step or flow index, or a record). */
  textsOf(subject: Subject, target: object): FindingTexts;
}

/**
 * The hidden text slot of a finding: its recipe and subject until a text is first read,
 * then the texts. Reading either text builds both (they share their figures), so each
 * finding formats its numbers at most once, and the recipe (which holds on to the analysis
 * context) is released. A recipe per rule and a subject per finding, rather than a closure
 * per finding, keep 200,000 pending findings small.
 */
class TextSlot extends ReturnsTarget {
  #recipe: TextRecipe<unknown> | null;
  #subject: unknown;
  #texts: FindingTexts | null = null;

  private constructor(target: object, recipe: TextRecipe<unknown>, subject: unknown) {
    super(target);
    this.#recipe = recipe;
    this.#subject = subject;
  }

  static attach(target: object, recipe: TextRecipe<unknown>, subject: unknown): void {
    new TextSlot(target, recipe, subject);
  }

  /** The texts of an object given to `attach`, built on first call. */
  static read(target: object): FindingTexts {
    const slot = target as TextSlot;
    if (slot.#texts) return slot.#texts;
    const texts = (slot.#recipe as TextRecipe<unknown>).textsOf(slot.#subject, target);
    slot.#texts = texts;
    slot.#recipe = null;
    slot.#subject = undefined;
    return texts;
  }

  /** Records a text assigned to the object, so `peek` returns it (the other text is built now). */
  static assign(target: object, key: keyof FindingTexts, value: string): void {
    const slot = target as TextSlot;
    slot.#texts = { ...TextSlot.read(target), [key]: value };
  }

  /**
   * The texts of an object given to `attach`, without keeping them: built again from the
   * recipe while none were read, the kept ones after.
   */
  static peek(target: object): FindingTexts {
    // A copy of a finding (spread, structured clone) has plain texts and no slot.
    if (!(#texts in target)) return { title: (target as FindingTexts).title, explanation: (target as FindingTexts).explanation };
    const slot = target;
    return slot.#texts ?? (slot.#recipe as TextRecipe<unknown>).textsOf(slot.#subject, target);
  }
}

/** A text assigned to a finding replaces its getter by a plain value, as on any object. */
function defineValue(target: object, key: keyof FindingTexts, value: string): void {
  TextSlot.assign(target, key, value);
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Shared getters: one function pair for every finding keeps all findings on the same
 * hidden class (a closure per finding would give each its own and make them slow objects).
 */
const TITLE: PropertyDescriptor = {
  get(this: object): string {
    return TextSlot.read(this).title;
  },
  set(this: object, value: string): void {
    defineValue(this, 'title', value);
  },
  enumerable: true,
  configurable: true,
};
const EXPLANATION: PropertyDescriptor = {
  get(this: object): string {
    return TextSlot.read(this).explanation;
  },
  set(this: object, value: string): void {
    defineValue(this, 'explanation', value);
  },
  enumerable: true,
  configurable: true,
};

/**
 * Adds `title` and `explanation` to `target` (at this point in its property order) as
 * enumerable properties whose strings `recipe.textsOf(subject, target)` builds on first read;
 * they are then kept. To every reader (property access, spread, JSON.stringify,
 * structuredClone and postMessage, vitest's toEqual) they are plain strings; only building
 * them is deferred, because a 10,000-step map yields over 20,000 findings whose number
 * formatting would otherwise dominate the analysis, while a screen shows a few dozen.
 * The recipe reads the analysed state when the texts are built, so that state must not be
 * changed in between (the editor's states are immutable).
 */
export function defineLazyTexts<Subject>(target: object, recipe: TextRecipe<Subject>, subject: Subject): void {
  Object.defineProperty(target, 'title', TITLE);
  Object.defineProperty(target, 'explanation', EXPLANATION);
  TextSlot.attach(target, recipe, subject);
}

/**
 * The title and explanation of `finding` as they read, without keeping texts that were not
 * read yet: for writing every finding of a large map once (`analyze --json`), where keeping
 * 200,000 findings' texts would hold hundreds of MB until the end. A copy of a finding (spread,
 * structured clone) is read as it is.
 */
export function peekTexts(finding: FindingTexts): FindingTexts {
  return TextSlot.peek(finding);
}
