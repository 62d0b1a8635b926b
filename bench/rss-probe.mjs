// Preloaded into a measured child (`node --import bench/rss-probe.mjs …`): on exit it reports
// the process's peak resident set size on stderr, where bench/run.mjs picks it up.
// resourceUsage().maxRSS is in kilobytes.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
