/** Roughly how wide a line of the charts' sans-serif type is, in SVG units, at a font size: to place labels, not to typeset. */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.56 + 6;
