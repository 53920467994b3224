-- wrk script: POST /api/v1/quotations, each request with an externalId of its own, also across the wrk runs of one
-- benchmark (the adapter answers a create of an externalId it knows as a replay, without calling SAP).
-- The externalId is "B" + the second this wrk run started (6 digits) + wrk thread + counter: 18 characters.
-- Under 20 on purpose: SAP's display shows 20 characters of PURCH_NO_C, and an id that fills them makes the
-- adapter read the whole value with one more SAP call (RFC_READ_TABLE), which is not what this measures.
local run = string.format("%06d", os.time() % 1000000)
-- BENCH_PREFER=return=minimal: the CRM asks for the minimal answer (no display after the commit)
local headers = {["Content-Type"] = "application/json"}
if (os.getenv("BENCH_PREFER") or "") ~= "" then
  headers["Prefer"] = os.getenv("BENCH_PREFER")
end
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  counter = 0
end

local body = [[{"externalId":"%s","salesArea":{"salesOrganization":"1000","distributionChannel":"10","division":"00"},]]
  .. [["soldTo":"1000","customerReference":"BENCH","validFrom":"2030-01-01","validTo":"2030-03-31",]]
  .. [["items":[{"material":"M-01","quantity":5,"unit":"PCE"},{"material":"M-05","quantity":2.5,"unit":"PCE"}]}]]

function request()
  counter = counter + 1
  local id = string.format("B%s%02d%09d", run, tid, counter)
  return wrk.format("POST", "/api/v1/quotations", headers, string.format(body, id))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%.3f p90=%.3f p99=%.3f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
