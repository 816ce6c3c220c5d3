// Front-end shortcuts: the profile kept in browser storage and looked up by URL.
interface Profile {
  email: string;
  name: string;
  phone: string | null;
}

export async function loadProfile(): Promise<Profile> {
  const response = await fetch('/api/account');
  const profile = (await response.json()) as Profile;
  localStorage.setItem('profile', JSON.stringify({ email: profile.email, name: profile.name })); // expect: no-pii-in-client-storage
  return profile;
}

export function rememberCheckoutEmail(input: HTMLInputElement): void {
  sessionStorage.setItem('checkoutEmail', input.value); // expect: no-pii-in-client-storage
}

export function cachePhone(profile: Profile): void {
  if (profile.phone !== null) localStorage.phoneNumber = profile.phone; // expect: no-pii-in-client-storage
}

export async function findTeammate(email: string): Promise<unknown> {
  const response = await fetch(`/api/teammates?email=${encodeURIComponent(email)}`); // expect: no-pii-in-url
  return response.json();
}

export function inviteLink(appUrl: string, invitee: { email: string; name: string }): string {
  const url = new URL('/signup', appUrl);
  url.searchParams.set('email', invitee.email); // expect: no-pii-in-url
  return url.toString();
}

export function retarget(email: string): void {
  new Image().src = `https://d.adroll.com/pixel?e=${encodeURIComponent(email)}`; // expect: no-pii-to-undeclared-third-party, no-pii-in-url
}
