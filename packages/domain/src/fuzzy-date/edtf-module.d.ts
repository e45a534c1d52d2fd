// The edtf package ships no types; this covers the part Parley uses.
declare module 'edtf' {
  interface Parsed {
    type: string;
    min: number;
    max: number;
    toEDTF(): string;
  }
  export default function edtf(input: string): Parsed;
}
