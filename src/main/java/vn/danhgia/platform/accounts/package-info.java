/**
 * People's accounts: the account itself, creating and changing it (an administrator's page, the imports, the demo),
 * the one-time passwords it is issued, and its personal access tokens for the JSON API. The types another module may
 * use form the named interface {@code platform::accounts}; the tokens stay inside the platform.
 */
package vn.danhgia.platform.accounts;
