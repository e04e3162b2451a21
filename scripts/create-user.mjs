#!/usr/bin/env node
// Creates a sign-in (a Supabase auth user) on a hosted project, server-side with the service key,
// because the browser must never hold that key. Usage:
//   SUPABASE_URL=https://<ref>.supabase.co SUPABASE_SERVICE_ROLE_KEY=<service key> \
//     node scripts/create-user.mjs nguoi.dung@example.vn [--password <password>]
// Without --password the person gets an invitation email to set their own. The role comes separately:
// an admin grants it to the same email on the page Quản trị → Tài khoản; it takes effect when the
// person signs in. The local backend (@supabase/lite) has no auth admin API: there, add users to
// supabase/local/seed.sql or sign up through the app's auth endpoint.
import { createClient } from "@supabase/supabase-js";

function fail(message) {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const email = args.find((a) => !a.startsWith("--"))?.trim().toLowerCase();
const pwIndex = args.indexOf("--password");
const password = pwIndex >= 0 ? args[pwIndex + 1] : undefined;
const url = process.env.SUPABASE_URL;
const serviceKey = process.env.SUPABASE_SERVICE_ROLE_KEY;

if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail("Cần một địa chỉ email hợp lệ: node scripts/create-user.mjs ten@example.vn");
if (!url || !serviceKey) fail("Thiếu SUPABASE_URL hoặc SUPABASE_SERVICE_ROLE_KEY (khóa service role, chỉ dùng phía máy chủ).");
if (pwIndex >= 0 && (!password || password.length < 8)) fail("Mật khẩu phải có ít nhất 8 ký tự.");

const client = createClient(url, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } });
const result = password
  ? await client.auth.admin.createUser({ email, password, email_confirm: true })
  : await client.auth.admin.inviteUserByEmail(email);
if (result.error) {
  if (/not found|404/i.test(result.error.message)) {
    fail(`Máy chủ này không có API quản trị tài khoản (auth admin API; @supabase/lite không có): ${result.error.message}`);
  }
  fail(`Không tạo được tài khoản ${email}: ${result.error.message}`);
}
console.log(`Đã tạo tài khoản ${email} (id ${result.data.user?.id}). Cấp vai trò tại Quản trị → Tài khoản.`);
