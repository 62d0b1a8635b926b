import { createRequire as __cnRequire } from "node:module"; const require = __cnRequire(import.meta.url);

// lib/engines/index.ts
async function engineFor(name) {
  switch (name) {
    case "terraform":
      return (await import("./terraform-engine-FRMYJT6K.js")).terraformEngine;
    case "ansible":
      return (await import("./ansible-engine-FSACEPIH.js")).ansibleEngine;
    case "gitops":
      return (await import("./gitops-engine-QB2MCSI7.js")).gitopsEngine;
  }
}

export {
  engineFor
};
