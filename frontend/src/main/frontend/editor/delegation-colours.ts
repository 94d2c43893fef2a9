/*
 * The colour of each delegation, used for remote carets and selections and for the authorship
 * view. One place, so the Java side and every view can agree on it; five hues far apart on the
 * colour wheel (cyan, red, green, purple, blue) and grey for the chair, all dark enough for a
 * white name label.
 */

/** Who may write in a charter: a member delegation's code, or the chair. */
export type Delegation = 'KAZ' | 'KGZ' | 'TJK' | 'TKM' | 'UZB' | 'CHAIR';

export const DELEGATION_COLOURS: Readonly<Record<Delegation, string>> = Object.freeze({
  KAZ: '#00AFCA',
  KGZ: '#E8112D',
  TJK: '#006600',
  TKM: '#8E44AD',
  UZB: '#1E6FD9',
  CHAIR: '#6B7280',
});

/** The colour of an author that is none of the above (an unknown code, a missing author). */
export const UNKNOWN_AUTHOR_COLOUR = '#9CA3AF';

/** The colour of `who`, a delegation code or `"CHAIR"`; grey for anything else. */
export function colourOf(who: string | null | undefined): string {
  return Object.prototype.hasOwnProperty.call(DELEGATION_COLOURS, who ?? '')
    ? DELEGATION_COLOURS[who as Delegation]
    : UNKNOWN_AUTHOR_COLOUR;
}
