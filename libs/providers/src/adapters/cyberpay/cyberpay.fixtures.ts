/** Document 003, "Success Response", verbatim. */
export const CYBERPAY_EXAMPLE = `{
  "success": true,
  "data": {
    "orderId": "order_1759231185333_ghi789",
    "checkoutId": "checkout_1759231185333_abc123",
    "status": "completed",
    "substatus": "settled",
    "progress": {
      "currentStep": 3,
      "totalSteps": 3,
      "percentage": 100,
      "estimatedCompletion": null
    },
    "payment": {
      "paymentAmount": "100.50",
      "settlementAmount": "100.00",
      "actualReceived": "100.00",
      "paymentToken": {
        "symbol": "USDC.e",
        "address": "0x7F5c764cBc14f9669B88837ca1490cCa17c31607",
        "chainId": 10
      },
      "settlementToken": {
        "symbol": "USDC",
        "address": "0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359",
        "chainId": 137
      }
    },
    "timing": {
      "createdAt": 1759231185,
      "startedAt": 1759231200,
      "completedAt": 1759231605,
      "totalDuration": 420,
      "estimatedDuration": 420
    },
    "fees": {
      "total": {
        "amount": "0.50",
        "amountUsd": "0.50"
      },
      "breakdown": {
        "networkFees": "0.20",
        "bridgeFees": "0.15",
        "platformFee": "0.15"
      }
    },
    "transactions": [
      {
        "stepId": 1,
        "type": "approval",
        "status": "confirmed",
        "txHash": "0x1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b",
        "chainId": 10,
        "blockNumber": 118234567,
        "gasUsed": "46000",
        "gasCost": "0.001",
        "timestamp": 1759231215
      },
      {
        "stepId": 2,
        "type": "swap",
        "status": "confirmed",
        "txHash": "0x2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c",
        "chainId": 10,
        "blockNumber": 118234580,
        "gasUsed": "299230",
        "gasCost": "0.006",
        "amountIn": "100.50",
        "amountOut": "100.25",
        "timestamp": 1759231245
      },
      {
        "stepId": 3,
        "type": "bridge",
        "status": "confirmed",
        "txHash": "0x3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d",
        "chainId": 10,
        "blockNumber": 118234590,
        "destinationTxHash": "0x4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e",
        "destinationChainId": 137,
        "destinationBlockNumber": 52847291,
        "gasUsed": "304000",
        "gasCost": "0.007",
        "amountIn": "100.25",
        "amountOut": "100.00",
        "bridgeFee": "0.15",
        "timestamp": 1759231605
      }
    ],
    "events": [
      {
        "type": "order_created",
        "timestamp": 1759231185,
        "message": "Order created successfully"
      },
      {
        "type": "payment_started",
        "timestamp": 1759231200,
        "message": "User initiated payment"
      },
      {
        "type": "approval_confirmed",
        "timestamp": 1759231215,
        "message": "Token approval confirmed",
        "txHash": "0x1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b"
      },
      {
        "type": "swap_completed",
        "timestamp": 1759231245,
        "message": "Token swap completed on source chain",
        "txHash": "0x2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c"
      },
      {
        "type": "bridge_initiated",
        "timestamp": 1759231250,
        "message": "Cross-chain bridge initiated"
      },
      {
        "type": "bridge_completed",
        "timestamp": 1759231605,
        "message": "Cross-chain bridge completed",
        "txHash": "0x4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"
      },
      {
        "type": "payment_completed",
        "timestamp": 1759231605,
        "message": "Payment successfully completed"
      }
    ],
    "metadata": {
      "customerNote": "Express delivery requested",
      "referralCode": "FRIEND20"
    }
  },
  "timestamp": "2024-01-01T00:00:00Z"
}`;

export const CYBERPAY_EXAMPLE_ID = 'order_1759231185333_ghi789';

/** Document 003, "Error Responses": "Order Not Found", verbatim. */
export const CYBERPAY_ORDER_NOT_FOUND = `{
  "success": false,
  "error": {
    "code": "ORDER_NOT_FOUND",
    "message": "Order not found",
    "details": {
      "orderId": "order_1759231185333_ghi789"
    }
  },
  "timestamp": "2024-01-01T00:00:00Z"
}`;

/** Document 003, "Error Responses": "Access Denied", verbatim. */
export const CYBERPAY_ACCESS_DENIED = `{
  "success": false,
  "error": {
    "code": "ACCESS_DENIED",
    "message": "You don't have permission to access this order",
    "details": {
      "orderId": "order_1759231185333_ghi789"
    }
  },
  "timestamp": "2024-01-01T00:00:00Z"
}`;
