import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { card3dsSim } from '../kinds/card-3ds.sim';
import { cryptoApikeySim } from '../kinds/crypto-apikey.sim';
import { cryptoOauthSim } from '../kinds/crypto-oauth.sim';
import { cyberpaySim } from '../kinds/cyberpay.sim';
import { miraclecashSim } from '../kinds/miraclecash.sim';
import { SimKind } from '../kinds/sim-kind';
import { Simulator } from '../sim/simulator.service';
import { AnswerWriter } from './answer-writer';
import { tokenReply } from './oauth-token';
import { StatusResponder } from './status-responder';

/** The five status endpoints at the paths their documents give, each under its kind's prefix. */
@Controller()
export class ProviderApiController {
  constructor(
    private readonly responder: StatusResponder,
    private readonly writer: AnswerWriter,
    private readonly sim: Simulator,
  ) {}

  @Get('miraclecash/external/payments/prompt/:id')
  miraclecash(@Req() req: Request, @Res() res: Response): void {
    this.serve(miraclecashSim, req, res);
  }

  @Post('crypto-apikey/payments/status')
  cryptoApikey(@Req() req: Request, @Res() res: Response): void {
    this.serve(cryptoApikeySim, req, res);
  }

  @Get('card-3ds/api/payment/:id')
  card3ds(@Req() req: Request, @Res() res: Response): void {
    this.serve(card3dsSim, req, res);
  }

  @Get('cyberpay/v1/payment/status/:id')
  cyberpay(@Req() req: Request, @Res() res: Response): void {
    this.serve(cyberpaySim, req, res);
  }

  /** The document's path ends in a slash; both spellings are accepted. */
  @Post('crypto-oauth/payments/status')
  cryptoOauth(@Req() req: Request, @Res() res: Response): void {
    this.serve(cryptoOauthSim, req, res);
  }

  @Post('crypto-oauth/oauth/token')
  token(@Req() req: Request, @Res() res: Response): void {
    const credentials = this.sim.options.credentials[cryptoOauthSim.kind];
    const reply = tokenReply(req.body, req.headers, credentials, this.sim.tokens, Date.now());
    this.writer.write(res, { type: 'reply', reply });
  }

  private serve(kind: SimKind, req: Request, res: Response): void {
    const call = { headers: req.headers, params: req.params as Record<string, string>, body: req.body as unknown };
    this.writer.write(res, this.responder.answer(kind, call));
  }
}
