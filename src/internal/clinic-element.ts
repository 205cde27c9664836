import { LitElement } from 'lit';
import { afterChildren, noteStrayChildren } from './parsed.js';
import { renderRootIn, restyle } from './restyle.js';
import { followTextColour } from './scheme.js';
import { noteOffBooleans } from './warn.js';

/**
 * What every element that renders shares beneath its own behaviour: it is
 * styled for the document it is in, and its first render waits for the
 * children a parser is still adding (see `afterChildren`).
 *
 * @cssstate on-dark - The element's text is light (a dark section of the page that does not
 * declare `color-scheme`): it takes its dark colours. Style it with `:state(on-dark)`.
 */
export class ClinicElement extends LitElement {
  /**
   * The element's custom states (`on-dark`) and, for the checklist, its form
   * value. Absent in browsers without `attachInternals`.
   */
  protected readonly internals =
    'attachInternals' in HTMLElement.prototype ? this.attachInternals() : undefined;

  /** Until the parser has added every child: reading them, and the first render, wait. */
  private childrenRead?: Promise<void>;

  /** Stops following the page's theme (see `followTextColour`). */
  private unfollowTextColour?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    noteOffBooleans(this);
    this.unfollowTextColour = followTextColour(this, this.internals?.states);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollowTextColour?.();
  }

  /**
   * Runs `read`, the element's look at its children, now or once the parser
   * has added them all; and names in the console the children (`selector`)
   * an editor pushed out of the element (see `noteStrayChildren`).
   */
  protected readChildren(read: () => void, selector?: string): void {
    this.childrenRead = afterChildren(this, read)?.then(() => {
      this.childrenRead = undefined;
    });
    if (selector) noteStrayChildren(this, selector);
  }

  /** @internal The first render waits for the children a parser is still adding. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.childrenRead;
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** @internal First connected in another document (an iframe): styled for that document. */
  protected override createRenderRoot() {
    return renderRootIn(this, () => super.createRenderRoot());
  }

  /** @internal Moved into another document (an iframe, a page builder's canvas): restyled. */
  adoptedCallback(): void {
    restyle(this);
  }
}
