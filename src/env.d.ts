/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Records of the document being rendered, for the MDX components of its page. */
    documentPage?: import('./lib/document-page.ts').DocumentPageContext;
  }
}
