// bottleneck/light is the Redis-free build the Octokit plugins use; it has the same API.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
