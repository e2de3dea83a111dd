// The functions test/support/browser.ts defines in every page, for page.evaluate() callbacks.
// (The tests compile without the DOM library, so elements are left untyped here.)
declare function deepActive(): { id: string; textContent: string | null } | null;
declare function deepText(): string;
declare function pageWidth(): number;
declare function tokenKeys(): string[];
declare function setIdTokenExpiry(exp: number): { key: string; token: string };
declare const localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
