/** Whether the page is a kiosk's (`<meta name="gov-disclosure" content="kiosk">`): links that would leave it offer a QR code instead. */
export const onKiosk = (): boolean => !!document.querySelector('meta[name=gov-disclosure][content~=kiosk]');
