// Types of the rule for its test (the rule is plain JS so that eslint.config.js loads it as is).
import type { Rule } from "eslint";

declare const rule: Rule.RuleModule;
export default rule;
