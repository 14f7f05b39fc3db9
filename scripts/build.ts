// `npm run build`: the production build, stamped so that `npm start` knows it is current.
import { buildApp } from "../src/server/http/build-app";

await buildApp();
