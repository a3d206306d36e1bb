import type { ApiModel } from "../model/types.js";
import { tokenExemptServices } from "../model/token-exempt.js";
import { generatedHeader, render } from "../templates.js";
import type { GeneratedFile } from "./types.js";

/** The gateway's list of services that need no API token (those of the model that codegen/src/model/token-exempt.ts names). */
export function generateTokenExempt(model: ApiModel, opts: { readonly out: string }): GeneratedFile {
  const present = new Set(model.services.map((s) => s.typeName));
  const services = tokenExemptServices.filter((s) => present.has(s)).sort();
  return { path: opts.out, content: render("gateway/token-exempt.ts.hbs", { header: generatedHeader("//"), services }) };
}
