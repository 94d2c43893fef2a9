package org.accord.api.adoption;

/** How a delegation authenticates the adopted text; ratification is a later, separate act. */
public enum AuthenticationAct {
    SIGNATURE,
    SIGNATURE_AD_REFERENDUM,
    INITIALLING
}
