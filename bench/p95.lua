-- wrk script: prints client-side latency percentiles (milliseconds) as one line for the bench scripts.
-- WRK_THINK_MS set: each connection is a user who pauses that long between pages (wrk's delay hook),
-- instead of asking again the moment an answer arrives.
local think = tonumber(os.getenv("WRK_THINK_MS") or "")
if think and think > 0 then
  delay = function() return think end
end
done = function(summary, latency, requests)
  io.write(string.format("PERCENTILES p50=%.2f p95=%.2f p99=%.2f rps=%.0f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
