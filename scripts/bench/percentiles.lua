-- wrk hooks for scripts/bench/benchmark.py.
-- Requests rotate over the session cookies listed in the file $WRK_COOKIES (one "Cookie" header
-- value per line), so the load looks like many signed-in users rather than one session.
-- When the run is done, one JSON line reports throughput, latency percentiles (microseconds) and
-- error counts.
local cookies = {}
local sent = 0

init = function(args)
  local path = os.getenv("WRK_COOKIES")
  if path then
    for line in io.lines(path) do
      cookies[#cookies + 1] = line
    end
  end
end

request = function()
  if #cookies > 0 then
    sent = sent + 1
    wrk.headers["Cookie"] = cookies[(sent % #cookies) + 1]
  end
  return wrk.format()
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.2f,"non2xx":%d,"socketErrors":%d,' ..
    '"p50":%d,"p75":%d,"p90":%d,"p95":%d,"p99":%d,"p999":%d,"max":%d,"mean":%.1f}\n',
    summary.requests, seconds, summary.requests / seconds, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(75), latency:percentile(90),
    latency:percentile(95), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean))
end
