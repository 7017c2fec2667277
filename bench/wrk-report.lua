-- Prints one machine-readable line after a wrk run: requests/s, latency percentiles (µs), errors.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("WRK-JSON {\"requests\":%d,\"seconds\":%.3f,\"rps\":%.1f,\"p50_us\":%d,\"p90_us\":%d,\"p99_us\":%d,\"max_us\":%d,\"errors\":%d,\"non2xx\":%d}\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, errors, summary.errors.status))
end
