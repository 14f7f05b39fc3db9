import { protectedProcedure, router } from "../../trpc";
import { getViewer } from "../../../services/accounts/get-viewer";

export const viewerRouter = router({
  me: protectedProcedure.query(({ ctx }) => getViewer(ctx.actor)),
});
