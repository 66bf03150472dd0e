/** Imported first by launchevent.ts, so it runs before any core module is evaluated. */
import { installTextCodecs } from "./text-codecs";

installTextCodecs();
