// One HTTP request per iteration: METHOD URL with BODY (as is) and CONTENT_TYPE;
// a status other than EXPECT_STATUS counts as a failure.
import http from "k6/http";
import { loadOptions, writeSummary } from "./lib/options.js";

export const options = loadOptions("http_req_duration", "http_req_failed");

const method = __ENV.HTTP_METHOD || "GET";
const url = __ENV.URL;
const body = __ENV.BODY || null;
const expected = Number(__ENV.EXPECT_STATUS || 200);
http.setResponseCallback(http.expectedStatuses(expected));
const params = { headers: __ENV.CONTENT_TYPE ? { "content-type": __ENV.CONTENT_TYPE } : {}, responseType: "none" };

export default function () {
  http.request(method, url, body, params);
}

export const handleSummary = writeSummary;
