/** Document 000, "Example Response", verbatim. The document gives no error bodies: errors are plain HTTP statuses. */
export const MIRACLECASH_EXAMPLE = `{ "id": "550e8400-e29b-41d4-a716-446655440000", "blockchainId": "eth", "status": "successful", "createdAt": "2025-01-28T14:30:00.000Z" }`;

export const MIRACLECASH_EXAMPLE_ID = '550e8400-e29b-41d4-a716-446655440000';
