import assert from "node:assert/strict";
import { test } from "node:test";
import { assignableRoles, invitationRefusal, removalRefusal, roleChangeRefusal } from "./member-role-rules";

test("owners may change anyone to anything; admins never touch owners; developers change nothing", () => {
  assert.equal(roleChangeRefusal("owner", "owner", "developer"), null);
  assert.equal(roleChangeRefusal("owner", "developer", "owner"), null);
  assert.equal(roleChangeRefusal("admin", "developer", "admin"), null);
  assert.equal(roleChangeRefusal("admin", "admin", "developer"), null);
  assert.match(roleChangeRefusal("admin", "owner", "admin")!, /Only owners can change an owner/);
  assert.match(roleChangeRefusal("admin", "developer", "owner")!, /Only owners can make someone an owner/);
  assert.match(roleChangeRefusal("developer", "developer", "admin")!, /Only owners and admins/);
});

test("only owners remove owners; developers remove no one", () => {
  assert.equal(removalRefusal("owner", "owner"), null);
  assert.equal(removalRefusal("admin", "admin"), null);
  assert.equal(removalRefusal("admin", "developer"), null);
  assert.match(removalRefusal("admin", "owner")!, /Only owners can remove an owner/);
  assert.match(removalRefusal("developer", "developer")!, /Only owners and admins/);
});

test("admins invite admins and developers, owners invite anyone, developers nobody", () => {
  assert.equal(invitationRefusal("owner", "owner"), null);
  assert.equal(invitationRefusal("admin", "admin"), null);
  assert.match(invitationRefusal("admin", "owner")!, /Only owners can invite someone as an owner/);
  assert.match(invitationRefusal("developer", "developer")!, /Only owners and admins/);
  assert.deepEqual(assignableRoles("owner"), ["owner", "admin", "developer"]);
  assert.deepEqual(assignableRoles("admin"), ["admin", "developer"]);
  assert.deepEqual(assignableRoles("developer"), []);
});
