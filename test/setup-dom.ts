import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

// jsdom lacks a few browser APIs that Fluent UI uses; plain Node tests skip this.
if (typeof window !== "undefined") {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: window.ResizeObserver ?? ResizeObserverStub });
  // jsdom's window has no TextDecoder or TextEncoder; Node's are the same standard API.
  globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;
  globalThis.TextEncoder ??= NodeTextEncoder as typeof TextEncoder;
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
