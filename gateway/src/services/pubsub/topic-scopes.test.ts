import { describe, expect, it } from "vitest";
import { mayPublish, maySubscribe, topicScopesOf } from "./topic-scopes.js";

describe("topic scopes", () => {
  it("leave every topic open without scoping metadata", () => {
    const s = topicScopesOf({ redisHost: "x" }, "app1");
    expect(mayPublish("anything", s)).toBe(true);
    expect(maySubscribe("anything", s)).toBe(true);
  });

  it("limit an app named in publishingScopes / subscriptionScopes to its topics, names case-insensitive, spaces ignored", () => {
    const s = topicScopesOf({ PublishingScopes: "app1=t1, t2;app2=t3", subscriptionscopes: "app1=t2" }, "app1");
    expect(s.scopedPublishings).toEqual(["t1", "t2"]);
    expect(mayPublish("t1", s)).toBe(true);
    expect(mayPublish("t3", s)).toBe(false);
    expect(maySubscribe("t2", s)).toBe(true);
    expect(maySubscribe("t1", s)).toBe(false);
    // An app that is not named is not limited.
    const other = topicScopesOf({ publishingScopes: "app1=t1" }, "app3");
    expect(mayPublish("t3", other)).toBe(true);
  });

  it("let an app named with no topics use none", () => {
    const s = topicScopesOf({ publishingScopes: "app1=" }, "app1");
    expect(mayPublish("t1", s)).toBe(false);
    expect(mayPublish("", s)).toBe(true); // Dapr's split gives one empty topic
  });

  it("limit every app to allowedTopics, scopes applying within them", () => {
    const s = topicScopesOf({ allowedTopics: "t1,t2", publishingScopes: "app1=t1,t3" }, "app1");
    expect(mayPublish("t1", s)).toBe(true);
    expect(mayPublish("t3", s)).toBe(false); // scoped, but not allowed
    expect(maySubscribe("t2", s)).toBe(true);
    expect(maySubscribe("t4", s)).toBe(false);
  });

  it("open protectedTopics only to apps whose scope lists them", () => {
    const meta = { protectedTopics: "secret", publishingScopes: "app1=secret" };
    expect(mayPublish("secret", topicScopesOf(meta, "app1"))).toBe(true);
    expect(mayPublish("secret", topicScopesOf(meta, "app2"))).toBe(false);
    expect(mayPublish("open", topicScopesOf(meta, "app2"))).toBe(true);
    expect(maySubscribe("secret", topicScopesOf(meta, "app1"))).toBe(false);
  });
});
