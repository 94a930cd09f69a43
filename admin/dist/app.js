var $,ht,xr,ne,He,Me,bt,Re,Dt,Ge,ze,kt,ke=Symbol.for("pv"),Be={},Ue=[],Tr=/^m(i|n|o|s|text|space)$/,Je=Array.isArray,vt=Ue.slice,le=Object.assign;function se(e){e&&e.parentNode&&e.remove()}function Le(e,n,r,o,a){var i={type:e,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ke,__v:a||++ht,__i:-1,__u:0};return!a&&$.vnode&&$.vnode(i),i}function U(e){return e.children}function Oe(e,n){this.props=e,this.context=n,this.__g=0}function re(e,n){if(n==null)return e.__&&re(e.__,e.__i+1);for(var r;n<e.__k.length;n++)if((r=e.__k[n])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:re(e)}function Sr(e){var n,r=e.__v,o=r.__e,a=[],i=[],p=e.__P;p&&((n=le({constructor:ke},r)).__v=r.__v+1,$.vnode&&$.vnode(n),Ye(p,n,r,e.__n,p.namespaceURI,32&r.__u?[o]:null,a,o||re(r),32&r.__u,i),n.__v=r.__v,n.__.__k[n.__i]=n,xt(a,n,i),r.__=r.__e=null,n.__e!=o&&At(n))}function At(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(n){return n&&(e.__e=n.__e)}),At(e)}function Qe(e){(8&e.__g||(e.__g|=8,ne.push(e),Me++))&&He==$.debounceRendering||((He=$.debounceRendering)||queueMicrotask)(_t)}function _t(){try{for(var e,n=1;ne.length;)ne.length>n&&ne.sort(bt),e=ne.shift(),n=ne.length,8&e.__g&&Sr(e)}finally{(Me=ne.length)&&(He||queueMicrotask)(_t)}}function It(e,n,r,o,a,i,p,s,m,g,u){var b,A,l,D,k,y,x=o.__k||Ue,w=n.length;for(m=$r(r,n,x,m,w),b=0;b<w;b++)(l=r.__k[b])!=null&&(A=~l.__i&&x[l.__i]||Be,l.__i=b,y=Ye(e,l,A,a,i,p,s,m,g,u),D=l.__e,(A.ref!=l.ref||8&A.__u)&&(A.ref&&Ze(A.ref,null,l,A),l.ref&&u.push(l.ref,l.__c||D,l)),k=k||D,4&l.__u?(m=Pt(l,m,e,!A.__v),A.__e&&(A.__e=null)):typeof l.type=="function"&&y!==void 0?m=y:D&&(m=D.nextSibling),l.__u&=-21);return r.__e=k,m}function $r(e,n,r,o,a){var i,p,s,m,g,u,b,A,l,D=r.length,k=D,y=0,x=0,w=e.__k=Array(a);for(i=0;i<a;i++)(p=n[i])!=null&&typeof p!="boolean"&&typeof p!="function"?(typeof p!="object"||p.constructor===String?p=w[i]=Le(null,p):Je(p)?p=w[i]=Le(U,{children:p}):p.constructor===ke&&p.__b?p=w[i]=Le(p.type,p.props,p.key,p.ref,p.__v):w[i]=p,m=i+y,p.__=e,p.__b=e.__b+1,s=null,~(g=p.__i=Nr(p,r,m,k))&&(k--,(s=r[g])&&(s.__u|=2)),s&&s.__v?(p.__u|=16,g==m-1?y--:g==m+1?y++:g!=m&&(g>m?y--:y++,x=1)):(~g||(a>D?y--:a<D&&y++),typeof p.type!="function"&&(p.__u|=4))):w[i]=null;if(x){for(u=[],b=[],i=0;i<a;i++)if((p=w[i])&&16&p.__u){for(y=0,A=u.length;y<A;)u[l=y+A>>1]<p.__i?y=l+1:A=l;u[y]=p.__i,b[i]=y+1}for(y=u.length;i--;)b[i]&&(b[i]==y?y--:w[i].__u|=4)}if(k)for(i=0;i<D;i++)!(s=r[i])||2&s.__u||(s.__e==o&&(o=re(s)),Xe(s,s));return o}function Pt(e,n,r,o){var a,i,p,s;if(typeof e.type=="function"){if(e.props.__P)return n;if(a=e.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=e,n=Pt(a[i],n,r,!1));return n}for(n&&!n.parentNode&&(n=re(e))&&!n.parentNode&&(n=null),p=e.__e,s=n;s&&s.nodeType==8;)s=s.nextSibling;for(p!=s&&(!o&&r.moveBefore&&p.parentNode?r.moveBefore(p,n):r.insertBefore(p,n||null)),n=p;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Nr(e,n,r,o){var a,i=e.key,p=e.type,s=n[r],m=s&&!(2&s.__u);if(s===null&&i==null||m&&i==s.key&&p==s.type)return r;if(o>(m?1:0)){for(a=r-1;a>=0;a--)if((s=n[a])&&!(2&s.__u)&&i==s.key&&p==s.type)return a;for(a=r+1;a<n.length;a++)if((s=n[a])&&!(2&s.__u)&&i==s.key&&p==s.type)return a}return-1}function yt(e,n,r){r==null&&(r=""),n[0]=="-"?e.setProperty(n,r):e[n]=r}function qe(e,n,r,o,a){var i,p;if(n=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)r&&n in r||yt(e.style,n);if(r)for(n in r)o&&r[n]==o[n]||yt(e.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[n]=r,r&&o||(p=ze[n]||(ze[n]=Cr(n)),(e.__a||(e.__a={}))[n]=Ge,i=n!=(n=n.replace(Dt,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?e.addEventListener(n,p,i):e.removeEventListener(n,p,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{return void(e[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&r==1?"":r)}}function Cr(e){return function(n){var r=this.__e;if(r){if(r=r[e],n[Re]==null)n[Re]=Ge++;else if(n[Re]<this.__a[e])return;return r($.event?$.event(n):n)}}}function Ye(e,n,r,o,a,i,p,s,m,g){var u,b,A,l,D,k,y,x,w,O,v,ae,Ee,te,J,De,S,Y,ee=n.type;if(n.constructor!==ke)return null;128&r.__u&&(m=32&r.__u,u=r.__c.__z)&&(n.__u|=m,b=i=[],u.nodeType==8?s=Fe(u,i):i.push(u),s=i[0]||s),(u=$.__b)&&u(n);e:if(typeof ee=="function"){A=p.length;try{if(x=n.props,w=(u=ee.prototype)&&u.render,O=(u=ee.contextType)&&o[u.__c],v=u?O?O.props.value:u.__:o,(l=r.__c)?(n.__c=l,2&l.__g&&(l.__g|=1)):(w?n.__c=l=new ee(x,v):(n.__c=l=new Oe(x,v),l.constructor=ee,l.render=qr),O&&O.sub(l),l.state||(l.state={}),l.__n=o,l.__g|=8,l.__h=[],l.__k=[]),w&&(l.__s||(l.__s=l.state),ee.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=le({},l.__s)),le(l.__s,ee.getDerivedStateFromProps(x,l.__s)))),D=l.props,k=l.state,l.__v=n,r.__c){if(x!==D&&w&&!ee.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(x,v),n.__v==r.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(x,l.__s,v)===!1){n.__v!=r.__v&&(l.props=x,l.state=l.__s,l.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(z){z&&(z.__=n)}),Ue.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&p.push(l),s=re(r);break e}l.componentWillUpdate&&l.componentWillUpdate(x,l.__s,v),w&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(D,k,y)})}else w&&!ee.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),w&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=v,l.props=x,l.__P=e,l.__g&=-5,ae=$.__r,Ee=w?25:0;do l.__g&=-9,ae&&ae(n),u=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++Ee<25);w&&(Ue.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(o=le({},o,l.getChildContext())),w&&r.__c&&l.getSnapshotBeforeUpdate&&(y=l.getSnapshotBeforeUpdate(D,k)),te=u&&u.type===U&&u.key==null?u.props.children:u,x.__P&&(u=s,a=(e=x.__P).namespaceURI,m=i=null,r.props&&r.props.__P!=e&&(r.__k.some(function(z){z&&Xe(z,z)}),r.__k=null),s=r.__k?re(r,0):null),s=It(e,Je(te)?te:[te],n,r,o,a,i,p,s,m,g),x.__P&&(n.__e=null,s=u),n.__u&=-161,b&&b.some(se),l.__h.length&&p.push(l),1&l.__g&&(l.__g&=-4)}catch(z){if(p.length=A,n.__v=null,m||i)if(z&&z.then){if(n.__u|=128|m,i){for(~(S=i.indexOf(s||void 0))||(S=i.length);(Y=i[S-1])&&Y.nodeType==8;)S--;for(;S<i.length;S++)if(Y=i[S])if(i[S]=null,J){if(Y==De)break}else{if(Y.nodeType!=8)break;Y.data.startsWith("$s")&&(De=Fe(J=Y))}}if(!J){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;J=s}(u=Fe(J=n.__c.__z||(n.__c.__z=J)))?(n.__e=J,s=u):n.__e=s,s=s&&s.nextSibling}else i&&i.some(se);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),z&&z.then||wt(n),$.__e(z,n,r)}}else s=n.__e=Er(r.__e,n,r,o,a,i,p,m,g,e);return(u=$.diffed)&&u(n),s}function Fe(e,n){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}n&&n.push(e)}}function wt(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(wt))}function xt(e,n,r){for(var o=0;o<r.length;)Ze(r[o++],r[o++],r[o++]);$.__c&&$.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){$.__e(i,a.__v)}})}function Er(e,n,r,o,a,i,p,s,m,g){var u,b,A,l,D,k,y,x,w=r.props||Be,O=n.props,v=n.type;if(v=="svg"?a="http://www.w3.org/2000/svg":v=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(u=0;u<i.length;u++)if((D=i[u])&&(v?D.localName==v:D.nodeType==3)){e=D,i[u]=null;break}}if(!e){if(x=g.ownerDocument||document,!v)return x.createTextNode(O);e=x.createElementNS(a,v,O.is?O:g),s&&($.__m&&$.__m(n,i),s=!1),i=null}if(v){if(g=v=="template"&&e.content||e,i=v=="textarea"&&O.defaultValue!=null?null:i&&vt.call(g.childNodes),!s&&i)for(w={},u=0;u<e.attributes.length;u++)w[(D=e.attributes[u]).name]=D.value;for(u in w)D=w[u],u=="dangerouslySetInnerHTML"?A=D:u=="children"||u in O||u=="value"&&"defaultValue"in O||u=="checked"&&"defaultChecked"in O||qe(e,u,null,D,a);for(u in O)D=O[u],u=="children"?l=D:u=="dangerouslySetInnerHTML"?b=D:u=="value"?k=D:u=="checked"?y=D:s&&typeof D!="function"||w[u]===D||qe(e,u,D,w[u],a);b?(s||A&&(b.__html==A.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),n.__k=[]):(A&&(e.textContent=""),(v=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Tr.test(v))&&(a="http://www.w3.org/1999/xhtml"),It(g,Je(l)?l:[l],n,r,o,a,i,p,i?i[0]:r.__k&&re(r,0),s,m),i&&i.some(se)),s&&v!="textarea"||(u="value",v=="progress"&&k==null?e.removeAttribute(u):k==null||k===e[u]&&(v!="progress"||k)||qe(e,u,k,w[u],a),u="checked",y!=null&&y!=e[u]&&qe(e,u,y,w[u],a))}else w===O||s&&e.data==O||(e.data=O);return e}function Ze(e,n,r,o){try{typeof e=="function"?n?n.__x=e(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():e(null)):e.current=n}catch(a){$.__e(a,r)}}function Xe(e,n,r){var o,a,i,p;if($.unmount&&$.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Ze(o,null,n,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){$.__e(s,n)}o.__P=o.__n=null}if(o=e.__k)for(p=0;p<o.length;p++)o[p]&&Xe(o[p],n,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(a=Fe(o,i=[]))&&(o==e.__e&&i.some(se),se(a),se(o)),r||se(e.__e),e.__e=e.__c=e.__=null}function qr(e,n,r){return this.constructor(e,r)}function Tt(e,n){var r,o,a,i;$.__&&$.__(e,n),n.nodeType==9&&(n=n.documentElement),o=(r=e&&32&e.__u)?null:n.__k,n.__k=Le(U,{children:[e]}),a=[],i=[],Ye(n,n.__k,o||Be,Be,n.namespaceURI,o?null:n.firstChild?vt.call(n.childNodes):null,a,o?o.__e:n.firstChild,r,i),xt(a,n.__k,i),n.__k.props.children=null}function St(e){function n(r){var o,a;return this.getChildContext||(o=new Set,(a={})[n.__c]=this,this.getChildContext=function(){return a},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&o.forEach(function(p){p.__g|=4,Qe(p)})},this.sub=function(i){o.add(i);var p=i.componentWillUnmount;i.componentWillUnmount=function(){o.delete(i),p&&p.call(i)}}),r.children}return n.__c="__cC"+kt++,n.__=e,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}$={__e:function(e,n,r,o){for(var a,i,p;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((p=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,o||{}),p=1),p&&8&a.__g)return void(a.__g|=2)}catch(s){e=s}}throw Me=0,e}},ht=0,xr=function(e){return e!=null&&e.constructor===ke},Oe.prototype.setState=function(e,n){var r=this.__s;r&&r!=this.state||(r=this.__s=le({},this.state)),typeof e=="function"&&(e=e(le({},r),this.props)),e&&(le(r,e),this.__v&&(n&&this.__k.push(n),Qe(this)))},Oe.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Qe(this))},Oe.prototype.render=U,ne=[],Me=0,bt=function(e,n){return e.__v.__b-n.__v.__b},Re=Symbol(),Dt=/(PointerCapture)$|Capture$/i,Ge=0,ze={},kt=0;var de,B,et,$t,tt=Object.is,Ae=0,Mt=[],nt=[],j=$,Nt=j.__b,Ct=j.__r,Et=j.diffed,qt=j.__c,Rt=j.unmount,Lt=j.__;function _e(e,n){j.__h&&j.__h(B,e,Ae||n),Ae=0;var r=B.__H||(B.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function f(e){return Ae=1,Rr(Vt,e)}function Rr(e,n,r){var o=_e(de++,2);if(o.t=e,!o.__c&&(o.__=[r?r(n):Vt(void 0,n),function(i){var p=(o.__N||o.__)[0],s=o.t(p,i);tt(p,s)||(o.__N=[s,o.__[1]],o.__c.setState({}))}],o.__c=B,!B.__f)){B.__f=!0;var a=B.shouldComponentUpdate;B.shouldComponentUpdate=function(i,p,s){var m=this.__H;if(!m)return!0;var g=!1,u=this.props!=i;if(m.__.some(function(A){A.__N&&(g=!0,tt(A.__[0],A.__N[0])||(u=!0))}),a){var b=a.call(this,i,p,s);return g?b||u:b}return!g||u}}return o.__}function G(e,n){var r=_e(de++,3);!j.__s&&Wt(r.__H,n)&&(r.__P=!0,r.__=e,r.u=n,B.__H.__h.push(r))}function Ie(e){return Ae=5,Bt(function(){return{current:e}},[])}function Bt(e,n){var r=_e(de++,7);return Wt(r.__H,n)&&(r.__=e(),r.__H=n),r.__}function Ut(e,n){return Ae=8,Bt(function(){return e},n)}function jt(e){var n=B.context[e.__c],r=_e(de++,9);return r.c=e,n?(r.__==null&&(r.__=!0,n.sub(B)),n.props.value):e.__}function pe(){var e=_e(de++,11);if(!e.__){for(var n=B.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Lr(){var e;do{for(;e=nt.shift();)try{ve(e)}catch(r){j.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=Mt.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(ve),n.__h.some(rt),n.__h=[]}catch(r){n.__h=[],j.__e(r,e.__v)}}}while(nt.length)}j.__b=function(e){B=null,Nt&&Nt(e)},j.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Lt&&Lt(e,n)},j.__r=function(e){Ct&&Ct(e),de=0;var n=(B=e.__c).__H;n&&(et==B?B.__h=[]:(n.__h.some(ve),n.__h.some(rt),de=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),et=B},j.diffed=function(e){Et&&Et(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&Ft(Mt.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),et=B=null},j.__c=function(e,n){n.some(function(r){try{r.__h.some(ve),r.__h=r.__h.filter(function(o){return!o.__||rt(o)})}catch(o){r.__h=[function(){throw o}]}}),qt&&qt(e,n)},j.unmount=function(e){Rt&&Rt(e);var n,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,Ft(nt.push(a))}else ve(a)}catch(i){n=i}}),o.__H=void 0,n&&j.__e(n,o.__v))};var Ot=typeof requestAnimationFrame=="function";function Or(e){var n,r=function(){clearTimeout(o),Ot&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(r,35);Ot&&(n=requestAnimationFrame(r))}function Ft(e){e!=1&&$t==j.requestAnimationFrame||(($t=j.requestAnimationFrame)||Or)(Lr)}function ve(e){var n=B,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),B=n}function rt(e){var n=B;e.__c=e.__(),B=n}function Wt(e,n){return!e||e.length!=n.length||n.some(function(r,o){return!tt(r,e[o])})}function Vt(e,n){return typeof n=="function"?n(e):n}var Kt="pppdesk.admin.lang",it=Fr(),ot=new Set;function Fr(){try{return localStorage.getItem(Kt)==="en"?"en":"ja"}catch{return"ja"}}function Z(){return it}function Ht(e){it=e;try{localStorage.setItem(Kt,e)}catch{}document.documentElement.lang=e,ot.forEach(n=>n())}function zt(e){return ot.add(e),()=>ot.delete(e)}function ce(e,n){return(r,o)=>{let a=(it==="en"?n[r]:e[r])??String(r);return o?a.replace(/\{(\w+)\}/g,(i,p)=>p in o?String(o[p]):i):a}}var h=ce({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var at="pppdesk.admin.token";function Pe(){try{return sessionStorage.getItem(at)}catch{return null}}function ue(e){try{e?sessionStorage.setItem(at,e):sessionStorage.removeItem(at)}catch{}st.forEach(n=>n(e!==null))}var st=new Set;function Qt(e){return st.add(e),()=>st.delete(e)}var Gt=new URL("../",location.href),Mr=new URL("graphql",Gt),W=class extends Error{constructor(r,o,a){super(o);this.code=r;this.serverMessage=o;this.field=a}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:h("errBadInput"),CONFLICT:h("errConflict"),FORBIDDEN:h("errForbidden"),NOT_FOUND:h("errNotFound"),UNAUTHENTICATED:h("errUnauthenticated"),RATE_LIMITED:h("errRateLimited"),UNAVAILABLE:h("errUnavailable"),INTERNAL:h("errInternal"),NETWORK:h("errNetwork")}[this.code]];return this.field&&o.push(h("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(h("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Jt(e){return e instanceof W?e.clerkMessage():h("errInternal")}var Br=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Ur(e){let n=e.extensions?.code??"INTERNAL";return new W(Br.has(n)?n:"INTERNAL",e.message,e.extensions?.field)}async function Yt(e,n){let r=Pe();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Mr,{...e,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new W("NETWORK","")}let a;try{a=await o.json()}catch{throw new W(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(a.errors&&a.errors.length>0){let i=Ur(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&ue(null),i}if(!a.data)throw new W("INTERNAL",`HTTP ${o.status}`);return a.data}function C(e,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),Yt({method:"POST",body:JSON.stringify({query:e.toString(),variables:n})},o)}function Zt(e,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:e.toString(),variables:n}));let a={};return r.forEach((i,p)=>a[String(p)]=[i.path]),o.append("map",JSON.stringify(a)),r.forEach((i,p)=>o.append(String(p),i.file,i.file.name)),Yt({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function jr(e){return new URL(e.replace(/^\/+/,""),Gt)}async function Xt(e,n){let r=Pe(),o;try{o=await fetch(jr(e),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new W("NETWORK","")}if(o.status===401)throw ue(null),new W("UNAUTHENTICATED","");if(o.status===403)throw new W("FORBIDDEN","");if(o.status===404)throw new W("NOT_FOUND","");if(!o.ok)throw new W(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let a=URL.createObjectURL(await o.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}var T=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},en=new T(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),tn=new T(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    `,{fragmentName:"ProposalPageFields"}),nn=new T(`
    mutation Logout {
  logout
}
    `),rn=new T(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),on=new T(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),an=new T(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),sn=new T(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),ln=new T(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),dn=new T(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),pn=new T(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),un=new T(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),cn=new T(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),mn=new T(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),gn=new T(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),fn=new T(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),yn=new T(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
    }
  }
}
    `),hn=new T(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),bn=new T(`
    query DeskRights {
  permissions {
    resource
    action
  }
}
    `),Dn=new T(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),kn=new T(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),vn=new T(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),An=new T(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),_n=new T(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),In=new T(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Pn=new T(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),wn=new T(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),xn=new T(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Tn=new T(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),Sn=new T(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),$n=new T(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Nn=new T(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),Cn=new T(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),En=new T(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),qn=new T(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Rn=new T(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
}
    `);var Vr={"\n  mutation Logout {\n    logout\n  }\n":nn,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":rn,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":on,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":an,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":sn,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":ln,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":dn,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":pn,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":un,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":cn,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":mn,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":gn,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":fn,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":yn,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":hn,"\n  query DeskRights {\n    permissions {\n      resource\n      action\n    }\n  }\n":bn,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":Dn,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":kn,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":vn,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":An,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":_n,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":In,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Pn,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":wn,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":xn,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Tn,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Sn,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":$n,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Nn,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":en,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":Cn,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":En,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":tn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":qn,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n  }\n":Rn};function _(e){return Vr[e]??{}}function N(e,n,r=!1){let o=JSON.stringify(n),[a,i]=f(void 0),[p,s]=f(void 0),[m,g]=f(!r),u=Ie(0),b=Ut(async()=>{if(r)return;let A=++u.current;g(!0);try{let l=await C(e,JSON.parse(o));A===u.current&&(i(l),s(void 0))}catch(l){A===u.current&&s(l instanceof W?l:new W("INTERNAL",String(l)))}finally{A===u.current&&g(!1)}},[e,o,r]);return G(()=>{b()},[b]),{data:a,error:p,loading:m,reload:b}}function F(e){let[n,r]=f(!1),[o,a]=f(void 0);return{run:async(...p)=>{r(!0),a(void 0);try{return await e(...p)}catch(s){a(s instanceof W?s:new W("INTERNAL",String(s)));return}finally{r(!1)}},busy:n,error:o,clear:()=>a(void 0)}}function Ln(){let e=location.hash.replace(/^#/,"")||"/",n=e.indexOf("?");return n<0?{path:e,query:new URLSearchParams}:{path:e.slice(0,n),query:new URLSearchParams(e.slice(n+1))}}function On(){let[e,n]=f(Ln);return G(()=>{let r=()=>n(Ln());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function E(e,n){let r=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&r.set(a,i);let o=r.toString();return`#${e}${o?`?${o}`:""}`}function Q(e,n){location.hash=E(e,n)}function Kr(e,n){let r=e.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let a={};for(let i=0;i<r.length;i++){let p=r[i];if(p.startsWith(":"))a[p.slice(1)]=decodeURIComponent(o[i]);else if(p!==o[i])return null}return a}function Fn(e,n){for(let r of e){let o=Kr(r.path,n);if(o)return{route:r,params:o}}return null}var Mn=_(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
  }
`);function we(e,n){return!n||!e.permissions?!0:e.permissions.some(r=>r.resource===n.resource&&r.action===n.action)}var lt=St(null);function me(){let e=jt(lt);if(!e)throw new Error("useViewer outside a signed-in app");return e}var Hr=Symbol.for("pv"),zr=0;function t(e,n,r,o,a,i){n||(n={});var p,s,m=n;if("ref"in m&&typeof e!="function")for(s in m={},n)s=="ref"?p=n[s]:m[s]=n[s];var g={type:e,props:m,key:r,ref:p,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Hr,__v:--zr,__i:-1,__u:0};return(a||i)&&(g.__source=a,g.__self=i),$.vnode&&$.vnode(g),g}function Bn(){let e=me(),n=xe.filter(r=>r.nav&&r.path!=="/"&&we(e,r.permission)).sort((r,o)=>r.nav.order-o.nav.order);return t("section",{children:[t("h1",{children:h("home")}),t("p",{children:[e.municipality.deskName," — ",e.me.displayName]}),t("ul",{class:"tiles",children:n.map(r=>t("li",{children:t("a",{class:"tile",href:E(r.path),children:r.nav.label()})},r.path))})]})}var c=ce({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var je="Asia/Tokyo",Qr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:je}),Gr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Jr=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:je}),Un=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:je}),Yr=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:je});function jn(e){return e.replace(/(\D)1年/,"$1元年")}function ge(e){if(!e)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return e;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return Z()==="en"?e:`${jn(Gr.format(r))}（${e}）`}function L(e){if(!e)return"";let n=new Date(e);if(Number.isNaN(n.getTime()))return e;let r=Jr.format(n);return Z()==="en"?`${Yr.format(n)} ${Un.format(n)}`:`${jn(Qr.format(n))}（${r}）${Un.format(n)}`}function M({tone:e="neutral",icon:n,children:r,testid:o}){return t("span",{class:`badge badge-${e}`,"data-testid":o,children:[n&&t("span",{"aria-hidden":"true",children:[n," "]}),r]})}function P({error:e,onRetry:n,retryLabel:r}){return e?t("div",{class:"banner banner-error",role:"alert",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),t("span",{children:Jt(e)}),n&&t("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function V({children:e}){return e?t("div",{class:"banner banner-notice",role:"status",children:[t("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),t("span",{children:e})]}):null}function K({label:e}){return t("p",{class:"loading",role:"status","aria-live":"polite",children:e})}function I({variant:e="secondary",busy:n,disabled:r,children:o,type:a,...i}){return t("button",{...i,type:a??"button",class:`btn btn-${e}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function dt({id:e,label:n,required:r}){return t("label",{for:e,children:[n,r&&t("span",{class:"required",children:[" （",h("required"),"）"]})]})}function We(e,n,r){return[n?`${e}-help`:"",r?`${e}-err`:""].filter(Boolean).join(" ")||void 0}function Ve({id:e,help:n,error:r}){return t(U,{children:[n&&t("p",{class:"help",id:`${e}-help`,children:n}),r&&t("p",{class:"field-error",id:`${e}-err`,children:r})]})}function q(e){let n=pe();return t("div",{class:"field",children:[t(dt,{id:n,label:e.label,required:e.required}),t("input",{id:n,name:e.name,type:e.type??"text",value:e.value,required:e.required,autocomplete:e.autocomplete,maxLength:e.maxLength,"aria-invalid":e.error?"true":void 0,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ve,{id:n,help:e.help,error:e.error})]})}function Te(e){let n=pe();return t("div",{class:"field",children:[t(dt,{id:n,label:e.label,required:e.required}),t("textarea",{id:n,name:e.name,rows:e.rows??4,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onInput:r=>e.onInput(r.currentTarget.value)}),t(Ve,{id:n,help:e.help,error:e.error})]})}function R(e){let n=pe();return t("div",{class:"field",children:[t(dt,{id:n,label:e.label,required:e.required}),t("select",{id:n,name:e.name,value:e.value,required:e.required,"aria-invalid":e.error?"true":void 0,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.value),children:e.options.map(r=>t("option",{value:r.value,children:r.label},r.value))}),t(Ve,{id:n,help:e.help,error:e.error})]})}function Wn(e){let n=pe();return t("div",{class:"field field-check",children:[t("input",{id:n,type:"checkbox",name:e.name,checked:e.checked,"aria-describedby":We(n,e.help,e.error),"data-testid":e.testid,onChange:r=>e.onChange(r.currentTarget.checked)}),t("label",{for:n,children:e.label}),t(Ve,{id:n,help:e.help,error:e.error})]})}function H({legend:e,children:n,class:r}){return t("fieldset",{class:`fieldset ${r??""}`,children:[t("legend",{children:e}),n]})}function oe(e){let[n,r]=f([]);G(()=>r([]),[e.resetKey]);let o=e.page?.edges??[],a=n.length*e.pageSize+1;return t("div",{class:"table-wrap",children:[t("table",{class:"table","data-testid":e.testid,children:[t("caption",{children:e.caption}),t("thead",{children:t("tr",{children:e.columns.map(i=>t("th",{scope:"col",class:i.class,children:i.header}))})}),t("tbody",{children:[o.length===0&&t("tr",{children:t("td",{colSpan:e.columns.length,children:h("empty")})}),o.map(i=>t("tr",{children:e.columns.map(p=>t("td",{class:p.class,children:p.cell(i.node)}))},e.rowKey(i.node)))]})]}),e.page&&t("nav",{class:"pager","aria-label":e.caption,children:[t("span",{role:"status",children:o.length>0?h("pageInfo",{from:a,to:a+o.length-1,n:e.page.totalCount}):h("totalCount",{n:e.page.totalCount})}),t(I,{disabled:n.length===0,onClick:()=>{let i=n.slice(0,-1);r(i),e.onAfter(n[n.length-1]??null)},children:["← ",h("prev")]}),t(I,{disabled:!e.page.pageInfo.hasNextPage,onClick:()=>{r([...n,e.after]),e.onAfter(e.page?.pageInfo.endCursor??null)},children:[h("next")," →"]})]})]})}function Zr(e){return c(`status${e}`)}function fe(e){return c(`kind${e}`)}var Xr={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Ke({status:e}){return t(M,{tone:Xr[e],testid:"proposal-status",children:Zr(e)})}var Vn=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Kn(e){return e<1024?c("bytes",{n:e}):e<1024*1024?c("kb",{n:(e/1024).toFixed(1)}):c("mb",{n:(e/1024/1024).toFixed(1)})}_(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var eo=_(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),to=_(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Hn=20,no=["status","kind","challenge","department","from","to","q"];function ro(e){let n={};for(let r of no){let o=e.get(r);o&&(n[r]=o)}return n}function oo(e){let n={};return e.status&&(n.status=e.status),e.kind&&(n.kind=e.kind),e.challenge&&(n.challengeId=e.challenge),e.department&&(n.departmentId=e.department),(e.from||e.to)&&(n.submittedOn={from:e.from||null,to:e.to||null}),e.q&&(n.search=e.q),n}function io(e){let n=new Map;return e.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function zn({query:e}){let n=ro(e),[r,o]=f(n),[a,i]=f(null),p=oo(n),s=JSON.stringify(p),m=N(eo,{first:Hn,after:a,filter:p}),g=N(to,{}),u=l=>D=>o({...r,[l]:D}),b=l=>{i(null),Q("/proposals",l)},A=[{header:c("colTitle"),cell:l=>t("a",{href:E(`/proposals/${encodeURIComponent(l.id)}`),"data-testid":"proposal-link",children:l.title})},{header:c("colProposer"),cell:l=>l.organization?.name??""},{header:c("colKind"),cell:l=>l.kind==="CHALLENGE"&&l.challenge?`${fe(l.kind)}：${l.challenge.title}`:fe(l.kind)},{header:c("colStatus"),cell:l=>t(Ke,{status:l.status})},{header:c("colSubmitted"),cell:l=>l.submittedAt?L(l.submittedAt):c("notSubmitted")},{header:c("colAssigned"),cell:l=>t("ul",{class:"plain",children:l.assignments.map(D=>t("li",{children:[D.department.name,D.dueOn&&`（${ge(D.dueOn)}）`,D.respondedAt&&t(M,{tone:"success",children:c("answered")})]},D.department.id))})}];return t("section",{children:[t("h1",{children:c("inboxTitle")}),t("nav",{"aria-label":c("statusTabs"),class:"tabs",children:t("ul",{children:[t("li",{children:t("a",{href:E("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:c("all")})}),Vn.map(l=>t("li",{children:t("a",{href:E("/proposals",{...n,status:l}),"aria-current":n.status===l?"page":void 0,"data-testid":`status-tab-${l}`,children:c(`status${l}`)})},l))]})}),t("form",{class:"filters",role:"search",onSubmit:l=>{l.preventDefault(),b(r)},children:[t(H,{legend:c("filters"),class:"filters-grid",children:[t(q,{label:c("search"),type:"search",value:r.q??"",onInput:u("q"),testid:"filter-search"}),t(R,{label:c("kind"),value:r.kind??"",onChange:u("kind"),options:[{value:"",label:c("any")},...["FREE","CHALLENGE"].map(l=>({value:l,label:fe(l)}))]}),t(R,{label:c("challenge"),value:r.challenge??"",onChange:u("challenge"),options:[{value:"",label:c("any")},...g.data?.challenges.edges.map(l=>({value:l.node.id,label:l.node.title}))??[]]}),t(R,{label:c("department"),value:r.department??"",onChange:u("department"),options:[{value:"",label:c("any")},...io(g.data?.municipality.departments??[])],testid:"filter-department"}),t(q,{label:c("submittedFrom"),type:"date",value:r.from??"",onInput:u("from")}),t(q,{label:c("submittedTo"),type:"date",value:r.to??"",onInput:u("to")})]}),t("div",{class:"actions",children:[t(I,{type:"submit",variant:"primary","data-testid":"filter-apply",children:c("apply")}),t(I,{onClick:()=>{o({}),b({})},children:c("reset")})]})]}),t(P,{error:m.error,onRetry:()=>{m.reload()},retryLabel:h("retry")}),m.loading&&!m.data&&t(K,{label:h("loading")}),m.data&&t(oe,{caption:c("inboxCaption"),columns:A,page:m.data.proposals,after:a,onAfter:i,resetKey:s,rowKey:l=>l.id,pageSize:Hn,testid:"inbox-table"})]})}function X(e){let n=Ie(null),r=pe(),o=Ie(null);return G(()=>{let a=n.current;a&&(e.open&&!a.open?(o.current=document.activeElement,a.showModal()):!e.open&&a.open&&(a.close(),o.current instanceof HTMLElement&&o.current.focus()))},[e.open]),t("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:a=>{a.preventDefault(),e.onCancel()},children:[t("h2",{id:r,children:e.title}),t("div",{class:"dialog-body",children:e.children}),t("div",{class:"actions",children:[t(I,{variant:e.danger?"danger":"primary",busy:e.busy,onClick:e.onConfirm,"data-testid":"confirm-ok",children:e.confirmLabel??h("ok")}),t(I,{onClick:e.onCancel,children:h("cancel")})]})]})}function pt(e){return new Set(["ASSIGN","RESPOND","DECIDE","LINK","MESSAGE","INTERNAL_NOTE","ATTACH"])}var ao=_(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),so=_(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),lo=_(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),po=_(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),uo=_(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),co=_(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function Qn({p:e,actions:n,onChange:r}){let o=["ASSIGN","RESPOND","DECIDE","LINK"].some(a=>n.has(a));return t("div",{class:"panel",children:[t("h2",{id:"actions-title",children:c("secActions")}),!o&&t("p",{class:"muted",children:c("noActions")}),n.has("ASSIGN")&&t(mo,{p:e,onChange:r}),n.has("RESPOND")&&t(go,{p:e,onChange:r}),n.has("DECIDE")&&t(fo,{p:e,onChange:r}),n.has("LINK")&&t(yo,{p:e,onChange:r})]})}function mo({p:e,onChange:n}){let r=N(uo,{}),[o,a]=f(new Set),[i,p]=f(""),[s,m]=f(""),[g,u]=f(!1),b=F(async()=>{let k=await C(ao,{id:e.id,departmentIds:[...o],dueOn:i||null});a(new Set),m(c("assigned")),n(k.assignProposal.proposal)}),A=new Set(e.assignments.map(k=>k.department.id)),l=new Map,D=(r.data?.municipality.departments??[]).map(k=>{let y=k.parent?(l.get(k.parent.id)??0)+1:0;return l.set(k.id,y),{...k,depth:Math.min(y,3)}});return t("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[t("h3",{id:"assign-title",children:c("assignTitle")}),t("p",{class:"help",children:c("assignHelp")}),t("form",{onSubmit:k=>{if(k.preventDefault(),m(""),o.size===0){u(!0);return}u(!1),b.run()},children:[t(H,{legend:c("assignDepartments"),class:"tree",children:[t(P,{error:r.error}),t("ul",{class:"plain",children:D.map(k=>t("li",{class:`depth-${k.depth}`,children:t("label",{class:"check",children:[t("input",{type:"checkbox",checked:A.has(k.id)||o.has(k.id),disabled:A.has(k.id),onChange:y=>{let x=new Set(o);y.currentTarget.checked?x.add(k.id):x.delete(k.id),a(x)}})," ",k.name]})},k.id))}),g&&t("p",{class:"field-error",role:"alert",children:c("assignPick")})]}),t(q,{label:c("assignDue"),type:"date",value:i,onInput:p,testid:"assign-due"}),t(P,{error:b.error}),t(V,{children:s}),t(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"assign-submit",children:c("assignSubmit")})]})]})}function go({p:e,onChange:n}){let[r,o]=f(""),[a,i]=f(""),[p,s]=f(""),[m,g]=f(!1),u=F(async()=>{let b=await C(so,{id:e.id,opinion:r,feasible:a==="yes"});s(c("responded")),n(b.respondToAssignment.proposal)});return t("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[t("h3",{id:"respond-title",children:c("respondTitle")}),t("form",{onSubmit:b=>{b.preventDefault(),g(!0),s(""),!(!r.trim()||!a)&&u.run()},children:[t(H,{legend:c("respondFeasible"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"yes",checked:a==="yes",onChange:()=>i("yes"),"data-testid":"respond-feasible-yes"})," ",c("feasibleYes")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"feasible",value:"no",checked:a==="no",onChange:()=>i("no"),"data-testid":"respond-feasible-no"})," ",c("feasibleNo")]}),m&&!a&&t("p",{class:"field-error",children:c("respondFeasible")})]}),t(Te,{label:c("respondOpinion"),required:!0,value:r,onInput:o,error:m&&!r.trim()?c("opinionRequired"):void 0,testid:"respond-opinion"}),t(P,{error:u.error}),t(V,{children:p}),t(I,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"respond-submit",children:c("respondSubmit")})]})]})}function fo({p:e,onChange:n}){let[r,o]=f(""),[a,i]=f(""),[p,s]=f(!1),[m,g]=f(!1),[u,b]=f(""),A=F(async()=>{if(!r)return;let D=await C(lo,{id:e.id,decision:r,reason:a});g(!1),b(c("decided")),n(D.decideProposal.proposal)}),l=r==="ACCEPTED"?c("decideAccept"):c("decideDecline");return t("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[t("h3",{id:"decide-title",children:c("decideTitle")}),t("form",{onSubmit:D=>{D.preventDefault(),s(!0),b(""),!(!r||!a.trim())&&g(!0)},children:[t(H,{legend:c("decision"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",c("decideAccept")]}),t("label",{class:"radio",children:[t("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",c("decideDecline")]}),p&&!r&&t("p",{class:"field-error",children:c("decision")})]}),t(Te,{label:c("reason"),help:c("reasonHelp"),required:!0,value:a,onInput:i,error:p&&!a.trim()?c("reasonRequired"):void 0,testid:"decide-reason"}),t(P,{error:A.error}),t(V,{children:u}),t(I,{type:"submit",variant:"primary","data-testid":"decide-submit",children:c("decideSubmit")})]}),t(X,{open:m,title:c("decideConfirmTitle"),confirmLabel:l,danger:r==="DECLINED",busy:A.busy,onConfirm:()=>{A.run()},onCancel:()=>g(!1),children:[t("p",{children:c("decideConfirm",{title:e.title,decision:l})}),t("p",{class:"prewrap",children:[c("reason"),"：",a]}),t(P,{error:A.error})]})]})}function yo({p:e,onChange:n}){let r=N(co,{}),[o,a]=f(""),[i,p]=f(""),[s,m]=f(""),[g,u]=f(""),[b,A]=f("PARTNERSHIP"),[l,D]=f("BUSINESS"),[k,y]=f(""),[x,w]=f(""),[O,v]=f(""),[ae,Ee]=f(!1),te=F(async()=>{let S=await C(po,{id:e.id,projectId:o==="existing"&&s?s:null,agreementId:i==="existing"&&g?g:null,newProject:o==="new"?{kind:b,title:k.trim()||null}:null,newAgreement:i==="new"?{kind:l,title:x.trim()||null}:null});v(c("linked")),a(""),p(""),n(S.linkProposalOutcome.proposal),r.reload()}),J=[{value:"",label:c("linkNone")},{value:"existing",label:c("linkExisting")},{value:"new",label:c("linkNew")}],De={value:"",label:c("linkPick")};return t("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[t("h3",{id:"link-title",children:c("linkTitle")}),t("p",{class:"help",children:c("linkHelp")}),t(P,{error:r.error}),t("form",{onSubmit:S=>{S.preventDefault(),v("");let Y=o==="existing"&&s||o==="new"||i==="existing"&&g||i==="new";Ee(!Y),Y&&te.run()},children:[t(H,{legend:c("linkProject"),children:[t(R,{label:c("linkProject"),value:o,onChange:S=>a(S),options:J,testid:"link-project-mode"}),o==="existing"&&t(R,{label:c("linkPick"),value:s,onChange:m,options:[De,...r.data?.projects.edges.map(S=>({value:S.node.id,label:S.node.title}))??[]],testid:"link-project"}),o==="new"&&t(U,{children:[t(R,{label:c("newKind"),value:b,onChange:S=>A(S),options:["PARTNERSHIP","DEMONSTRATION"].map(S=>({value:S,label:c(`proj${S}`)}))}),t(q,{label:c("newTitle"),value:k,onInput:y})]})]}),t(H,{legend:c("linkAgreement"),children:[t(R,{label:c("linkAgreement"),value:i,onChange:S=>p(S),options:J,testid:"link-agreement-mode"}),i==="existing"&&t(R,{label:c("linkPick"),value:g,onChange:u,options:[De,...r.data?.agreements.edges.map(S=>({value:S.node.id,label:S.node.title}))??[]],testid:"link-agreement"}),i==="new"&&t(U,{children:[t(R,{label:c("newKind"),value:l,onChange:S=>D(S),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(S=>({value:S,label:c(`agr${S}`)}))}),t(q,{label:c("newTitle"),value:x,onInput:w})]})]}),ae&&t("p",{class:"field-error",role:"alert",children:c("linkNothing")}),t(P,{error:te.error}),t(V,{children:O}),t(I,{type:"submit",variant:"primary",busy:te.busy,"data-testid":"link-submit",children:c("linkSubmit")})]})]})}var ho=_(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),bo=_(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Gn({p:e,actions:n,onChange:r,onReload:o}){let a=n.has("MESSAGE"),i=n.has("INTERNAL_NOTE"),[p,s]=f(!a&&i),[m,g]=f(""),[u,b]=f(""),A=F(async()=>{let y=await C(ho,{proposalId:e.id,body:m,internal:p});g(""),b(p?c("postedNote"):c("posted")),r(y.postProposalMessage.proposal)}),[l,D]=f(null),k=F(async y=>{if(!l)return;let x=await Zt(bo,{proposalId:e.id,file:null},[{path:"variables.file",file:l}]);D(null),y.reset(),b(c("attached",{name:x.attachFile.fileName})),await o()});return t("section",{"aria-labelledby":"sec-dialogue",children:[t("h2",{id:"sec-dialogue",children:c("secDialogue")}),t("p",{class:"help",children:c("dialogueHelp")}),e.messages.length===0?t("p",{class:"muted",children:c("noMessages")}):t("ol",{class:"messages","data-testid":"messages",children:e.messages.map(y=>t("li",{class:y.internal?"msg msg-internal":"msg msg-shared","data-testid":y.internal?"internal-note":"shared-message",children:[t("div",{class:"msg-head",children:[y.internal?t(M,{tone:"internal",icon:"✎",children:[c("internalNote"),"（",c("internalNoteHint"),"）"]}):t(M,{tone:"info",icon:"✉",children:c("sharedMessage")}),t("span",{class:"msg-author",children:ut(y.author)}),t("time",{class:"muted",dateTime:y.createdAt,children:L(y.createdAt)})]}),t("p",{class:"prewrap",children:y.body})]},y.id))}),t(V,{children:u}),(a||i)&&t("form",{class:"post-form",onSubmit:y=>{y.preventDefault(),b(""),A.run()},children:[a&&i&&t(H,{legend:c("postKind"),class:"radios",children:[t("label",{class:"radio",children:[t("input",{type:"radio",name:"post-kind",checked:!p,onChange:()=>s(!1),"data-testid":"post-shared"}),t("span",{"aria-hidden":"true",children:"✉ "}),c("sharedMessage")]}),t("label",{class:"radio radio-internal",children:[t("input",{type:"radio",name:"post-kind",checked:p,onChange:()=>s(!0),"data-testid":"post-internal"}),t("span",{"aria-hidden":"true",children:"✎ "}),c("internalNote"),"（",c("internalNoteHint"),"）"]})]}),t(Te,{label:p?`${c("postBody")}（${c("internalNote")}）`:`${c("postBody")}（${c("sharedMessage")}）`,required:!0,value:m,onInput:g,rows:4,testid:"post-body"}),t(P,{error:A.error}),t(I,{type:"submit",variant:"primary",busy:A.busy,disabled:!m.trim(),"data-testid":"post-submit",children:c("post")})]}),n.has("ATTACH")&&t("form",{class:"attach-form",onSubmit:y=>{y.preventDefault(),b(""),k.run(y.currentTarget)},children:[t("div",{class:"field",children:[t("label",{for:"attach-file",children:c("attachFile")}),t("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:y=>D(y.currentTarget.files?.[0]??null)})]}),t(P,{error:k.error}),t(I,{type:"submit",busy:k.busy,disabled:!l,children:c("attach")})]})]})}_(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    summary
    body
    desiredScheme
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var Do=_(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),Jn=["CITY","PARTNER"],Yn=["PEOPLE","GOODS","MONEY","INFORMATION"],ko=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function ut(e){if(!e)return"";let n=c(`actor${e.kind}`),r=[e.department?.name,e.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function Zn({params:e}){let n=e.id,r=N(Do,{id:n}),[o,a]=f(null),i=o??r.data?.proposal??null,p=m=>a(m),s=async()=>{a(null),await r.reload()};return t("article",{class:"proposal",children:[t("p",{children:t("a",{href:E("/proposals"),children:["← ",c("back")]})}),t(P,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")}),r.loading&&!i&&t(K,{label:h("loading")}),r.data&&!i&&t("p",{class:"banner banner-error",role:"alert",children:c("notFound")}),i&&t(U,{children:[t("header",{class:"proposal-head",children:[t("h1",{"data-testid":"proposal-title",children:i.title}),t("p",{class:"meta",children:[t(Ke,{status:i.status})," ",t(M,{children:fe(i.kind)}),i.challenge&&t("span",{children:[" ",i.challenge.title]})]}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:c("organization")}),t("dd",{children:i.organization?.name??c("none")})]}),t("div",{children:[t("dt",{children:c("submittedAt")}),t("dd",{children:i.submittedAt?L(i.submittedAt):c("notSubmitted")})]}),i.decidedAt&&t("div",{children:[t("dt",{children:c("decidedAt")}),t("dd",{children:L(i.decidedAt)})]}),i.project&&t("div",{children:[t("dt",{children:c("currentProject")}),t("dd",{"data-testid":"linked-project",children:i.project.title})]}),i.agreement&&t("div",{children:[t("dt",{children:c("currentAgreement")}),t("dd",{"data-testid":"linked-agreement",children:i.agreement.title})]})]})]}),t("div",{class:"proposal-grid",children:[t("div",{class:"proposal-main",children:[t(vo,{p:i}),t(Ao,{p:i}),t(_o,{p:i}),t(Gn,{p:i,actions:pt(i),onChange:p,onReload:s}),t(Io,{p:i})]}),t("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:t(Qn,{p:i,actions:pt(i),onChange:p})})]})]})]})}function ct({text:e}){return e.trim()?t(U,{children:e.split(/\n{2,}/).map((n,r)=>t("p",{class:"prewrap",children:n},r))}):t("p",{class:"muted",children:c("none")})}function vo({p:e}){return t("section",{"aria-labelledby":"sec-content",children:[t("h2",{id:"sec-content",children:c("secContent")}),t("h3",{children:c("summary")}),t(ct,{text:e.summary}),t("h3",{children:c("body")}),t(ct,{text:e.body}),t("h3",{children:c("desiredScheme")}),t(ct,{text:e.desiredScheme}),t("h3",{children:c("resources")}),t("div",{class:"table-wrap",children:t("table",{class:"table matrix","data-testid":"resources-matrix",children:[t("caption",{class:"visually-hidden",children:c("resourcesCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:c("side")}),Yn.map(n=>t("th",{scope:"col",children:c(`res${n}`)},n))]})}),t("tbody",{children:Jn.map(n=>t("tr",{children:[t("th",{scope:"row",children:c(`side${n}`)}),Yn.map(r=>{let o=e.resources.filter(a=>a.side===n&&a.kind===r);return t("td",{children:o.length===0?t("span",{class:"muted",children:"—"}):t("ul",{class:"plain",children:o.map((a,i)=>t("li",{children:a.description},i))})},r)})]},n))})]})}),t("h3",{children:c("merits")}),t("div",{class:"merits",children:Jn.map(n=>{let r=e.merits.filter(o=>o.side===n);return t("div",{children:[t("h4",{children:c("meritFor",{side:c(`side${n}`)})}),r.length===0?t("p",{class:"muted",children:c("none")}):t("ul",{children:r.map((o,a)=>t("li",{children:o.description},a))})]},n)})}),e.contact&&t(U,{children:[t("h3",{children:c("contact")}),t("dl",{class:"facts",children:[t("div",{children:[t("dt",{children:c("affiliation")}),t("dd",{children:e.contact.affiliation})]}),t("div",{children:[t("dt",{children:c("contactName")}),t("dd",{children:e.contact.name})]}),t("div",{children:[t("dt",{children:c("email")}),t("dd",{children:e.contact.email})]}),t("div",{children:[t("dt",{children:c("phone")}),t("dd",{children:e.contact.phone})]})]})]})]})}function Ao({p:e}){let[n,r]=f(null);return t("section",{"aria-labelledby":"sec-attachments",children:[t("h2",{id:"sec-attachments",children:c("secAttachments")}),t(P,{error:n}),e.attachments.length===0?t("p",{class:"muted",children:c("noAttachments")}):t("ul",{class:"files","data-testid":"attachments",children:e.attachments.map(o=>t("li",{children:[t(I,{variant:"link","aria-label":c("download",{name:o.fileName}),onClick:()=>{r(null),Xt(o.downloadUrl,o.fileName).catch(r)},children:[t("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",t("span",{class:"muted",children:[Kn(o.size)," ・ ",L(o.createdAt),o.messageId&&` ${c("onMessage")}`]})]},o.id))})]})}function _o({p:e}){return t("section",{"aria-labelledby":"sec-assignments",children:[t("h2",{id:"sec-assignments",children:c("secAssignments")}),e.assignments.length===0?t("p",{class:"muted",children:c("noAssignments")}):t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"assignments",children:[t("caption",{class:"visually-hidden",children:c("assignmentsCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:c("department")}),t("th",{scope:"col",children:c("dueOn")}),t("th",{scope:"col",children:c("feasible")}),t("th",{scope:"col",children:c("opinion")}),t("th",{scope:"col",children:c("respondedAt")})]})}),t("tbody",{children:e.assignments.map(n=>t("tr",{children:[t("th",{scope:"row",children:n.department.name}),t("td",{children:n.dueOn?ge(n.dueOn):"—"}),t("td",{children:n.feasible==null?t(M,{children:c("notAnswered")}):n.feasible?t(M,{tone:"success",icon:"○",children:c("feasibleYes")}):t(M,{tone:"danger",icon:"×",children:c("feasibleNo")})}),t("td",{class:"prewrap",children:n.opinion??""}),t("td",{children:n.respondedAt?L(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Io({p:e}){return t("section",{"aria-labelledby":"sec-history",children:[t("h2",{id:"sec-history",children:c("secHistory")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"history",children:[t("caption",{class:"visually-hidden",children:c("historyCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:c("colWhen")}),t("th",{scope:"col",children:c("colAction")}),t("th",{scope:"col",children:c("colChange")}),t("th",{scope:"col",children:c("colActor")}),t("th",{scope:"col",children:c("colReason")})]})}),t("tbody",{children:e.history.map((n,r)=>t("tr",{children:[t("td",{children:L(n.at)}),t("td",{children:ko.has(n.action)?c(`act${n.action}`):n.action}),t("td",{children:n.from||n.to?`${n.from?c(`status${n.from}`):""} → ${n.to?c(`status${n.to}`):""}`:""}),t("td",{children:ut(n.actor)}),t("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var Xn=[{path:"/proposals",component:zn,nav:{label:()=>c("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Zn,permission:{resource:"proposal",action:"read"}}];var er=[];var d=ce({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});var Po=_(`
  query DeskRights {
    permissions {
      resource
      action
    }
  }
`);function ie(){let e=me(),n=N(Po,{},e.permissions!==null),r=e.permissions??n.data?.permissions??[];return(o,a)=>r.some(i=>i.resource===o&&i.action===a)}function ye(e){let[n,r]=f({key:e,after:null});return[n.key===e?n.after:null,o=>r({key:e,after:o})]}function he(e){let n=new Set(e.map(s=>s.id)),r=new Map,o=[];for(let s of e){let m=s.parent?.id;m&&n.has(m)&&m!==s.id?r.set(m,[...r.get(m)??[],s]):o.push(s)}let a=new Set,i=(s,m)=>{if(a.has(s.id))return null;a.add(s.id);let g=(r.get(s.id)??[]).map(u=>i(u,m+1)).filter(u=>u!==null);return{dept:s,depth:m,children:g}},p=o.map(s=>i(s,0)).filter(s=>s!==null);for(let s of e){let m=a.has(s.id)?null:i(s,0);m&&p.push(m)}return p}function be(e){return e.flatMap(n=>[n,...be(n.children)])}function Se(e,n){return`${"　".repeat(n)}${n>0?"└ ":""}${e}`}function tr(e,n){let r=new Set([n]),o=!0;for(;o;){o=!1;for(let a of e){let i=a.parent?.id;i&&r.has(i)&&!r.has(a.id)&&(r.add(a.id),o=!0)}}return r}var wo=_(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),xo=_(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),To=_(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),So=_(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),$o=_(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),nr=20,rr=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function $e(e){return d(`role${e}`)}function No(e){return rr.includes(e)?e:null}function or({query:e}){let n=No(e.get("role")),r=e.get("q")??"",o=`${n}|${r}`,[a,i]=ye(o),p=o,[s,m]=f(r),[g,u]=f(""),[b,A]=f(!1),[l,D]=f(null),k=ie(),y=me().me,x=N(wo,{first:nr,after:a,filter:{role:n,search:r||null}}),w=F(async v=>{v.disable?await C(So,{id:v.id}):await C($o,{id:v.id}),D(null),u(d(v.disable?"disabledNotice":"enabledNotice",{name:v.name})),await x.reload()}),O=(v,ae)=>Q("/desk/accounts",{role:v||void 0,q:ae.trim()||void 0});return t("section",{children:[t("h1",{children:d("accountsTitle")}),t(V,{children:g}),k("account","createStaff")&&!b&&t("div",{class:"actions",children:t(I,{variant:"primary",onClick:()=>A(!0),"data-testid":"staff-new",children:d("newStaff")})}),b&&t(Co,{onDone:v=>{A(!1),u(d("createdStaffNotice",{name:v})),x.reload()},onCancel:()=>A(!1)}),t("form",{class:"desk-filters",role:"search","aria-label":d("filters"),onSubmit:v=>{v.preventDefault(),O(n??"",s)},children:[t(R,{label:d("role"),value:n??"",testid:"account-role",onChange:v=>O(v,s),options:[{value:"",label:d("all")},...rr.map(v=>({value:v,label:$e(v)}))]}),t(q,{label:d("search"),type:"search",value:s,onInput:m,testid:"account-search"}),t("div",{class:"desk-filter-buttons",children:[t(I,{type:"submit",children:d("apply")}),(n||r)&&t(I,{variant:"link",onClick:()=>{m(""),O("","")},children:d("clearFilters")})]})]}),t(P,{error:x.error,onRetry:()=>{x.reload()},retryLabel:h("retry")}),t(oe,{caption:d("accountsCaption"),testid:"accounts",page:x.data?.users,after:a,onAfter:i,resetKey:p,pageSize:nr,rowKey:v=>v.id,columns:[{header:d("displayName"),cell:v=>v.displayName},{header:d("email"),cell:v=>v.email??"—"},{header:d("role"),cell:v=>$e(v.role)},{header:d("belongsTo"),cell:v=>v.department?.name??v.organization?.name??"—"},{header:d("status"),cell:v=>v.disabled?t(M,{tone:"danger",icon:"×",children:d("accountDisabled")}):t(M,{tone:"success",icon:"✓",children:d("accountActive")})},{header:d("createdAt"),cell:v=>t("span",{title:L(v.createdAt),children:ge(v.createdAt.slice(0,10))}),class:"desk-nowrap"},{header:d("actions"),cell:v=>k("account","disable")&&v.id!==y.id?t(I,{variant:v.disabled?"secondary":"danger","aria-label":`${d(v.disabled?"enable":"disable")}: ${v.displayName}`,"data-testid":`account-toggle-${v.id}`,onClick:()=>D({id:v.id,name:v.displayName,disable:!v.disabled}),children:d(v.disabled?"enable":"disable")}):null}]}),t(X,{open:l!==null,title:l?d(l.disable?"disableConfirm":"enableConfirm",{name:l.name}):"",confirmLabel:l?d(l.disable?"disable":"enable"):void 0,danger:l?.disable,busy:w.busy,onConfirm:()=>l&&void w.run(l),onCancel:()=>{w.clear(),D(null)},children:[t("p",{children:l?d(l.disable?"disableBody":"enableBody"):""}),w.error?.code==="CONFLICT"?t("p",{class:"field-error",role:"alert",children:[d("cannotToggle")," ",h("serverSays",{msg:w.error.serverMessage})]}):t(P,{error:w.error})]})]})}function Co({onDone:e,onCancel:n}){let r=N(xo,{}),[o,a]=f(""),[i,p]=f(""),[s,m]=f("DEPARTMENT"),[g,u]=f(""),[b,A]=f(""),l=F(async()=>{let y=await C(To,{input:{email:o,displayName:i,role:s,departmentId:g||null,password:b}});e(y.createStaffAccount.displayName)}),D=y=>l.error?.field===`input.${y}`?l.error.clerkMessage():void 0,k=be(he(r.data?.municipality.departments??[]));return t("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:y=>{y.preventDefault(),l.run()},children:[t("h2",{id:"staff-form-title",children:d("newStaffTitle")}),t(P,{error:r.error}),t(R,{label:d("staffRole"),required:!0,value:s,testid:"staff-role",onChange:y=>m(y),options:["DEPARTMENT","DESK"].map(y=>({value:y,label:$e(y)}))}),t(R,{label:d("department"),required:s==="DEPARTMENT",help:d("departmentHelp"),error:D("departmentId"),value:g,testid:"staff-department",onChange:u,options:[{value:"",label:d("departmentNone")},...k.map(y=>({value:y.dept.id,label:Se(y.dept.name,y.depth)}))]}),t(q,{label:d("displayName"),required:!0,value:i,onInput:p,error:D("displayName"),testid:"staff-name",autocomplete:"off"}),t(q,{label:d("email"),type:"email",required:!0,value:o,onInput:a,error:D("email"),testid:"staff-email",autocomplete:"off"}),t(q,{label:d("initialPassword"),type:"password",required:!0,value:b,onInput:A,help:d("initialPasswordHelp"),error:D("password"),testid:"staff-password",autocomplete:"new-password"}),t(P,{error:l.error}),t("div",{class:"actions",children:[t(I,{type:"submit",variant:"primary",busy:l.busy,"data-testid":"staff-create",children:d("create")}),t(I,{onClick:n,children:h("cancel")})]})]})}var Eo=_(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),qo=_(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),ir=50,dr=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],pr=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function ar(e,n){let r=e.find(o=>o.value.toLowerCase()===n.toLowerCase());return r?Z()==="en"?r.en:r.ja:void 0}function sr(e){return`${e}T00:00:00+09:00`}function Ro(e){let[n,r,o]=e.split("-").map(Number);return new Date(Date.UTC(n,r-1,o+1)).toISOString().slice(0,10)}var lr=e=>!!e&&/^\d{4}-\d{2}-\d{2}$/.test(e);function Lo(e){let n={},r=e.get("from"),o=e.get("to");return lr(r)&&(n.from=sr(r)),lr(o)&&(n.to=sr(Ro(o))),e.get("actor")&&(n.actorId=e.get("actor")),e.get("action")&&(n.action=e.get("action")),e.get("type")&&(n.targetType=e.get("type")),e.get("target")&&(n.targetId=e.get("target")),Object.keys(n).length>0?n:null}function Oo(e){let n=encodeURIComponent(e.targetId);switch(e.targetType.toLowerCase()){case"inquiry":return E(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return E(`/proposals/${n}`);case"department":return E("/desk/departments",{id:e.targetId});case"webhook":return E(`/desk/webhooks/${n}`);default:return null}}function Fo(e){if(!e||e==="{}"||e==="null")return"—";try{let n=JSON.parse(e);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return e}function ur({query:e}){let n=Lo(e),r=JSON.stringify(n),[o,a]=ye(r),i=N(Eo,{first:ir,after:o,filter:n}),p=(s,m)=>{let g=Object.fromEntries(e.entries());g[s]=m,Q("/desk/audit",g)};return t("section",{children:[t("h1",{children:d("auditTitle")}),t("p",{children:d("auditIntro")}),t(Mo,{query:e},e.toString()),e.get("target")&&t("p",{children:[d("onlyTarget",{id:e.get("target")})," ",t(I,{variant:"link",onClick:()=>p("target",void 0),children:d("showAllTargets")})]}),t(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:h("retry")}),t(oe,{caption:d("auditCaption"),testid:"audit",page:i.data?.auditLog,after:o,onAfter:a,resetKey:r,pageSize:ir,rowKey:s=>`${s.at}|${s.action}|${s.targetType}|${s.targetId}|${s.actor?.id??""}`,columns:[{header:d("at"),cell:s=>L(s.at),class:"desk-nowrap"},{header:d("actor"),cell:s=>s.actor?.displayName??d("system")},{header:d("action"),cell:s=>t(U,{children:[ar(dr,s.action)??""," ",t("code",{children:s.action})]})},{header:d("target"),cell:s=>{let m=Oo(s),g=`${ar(pr,s.targetType)??s.targetType} ${s.targetId}`;return t(U,{children:[m?t("a",{href:m,children:g}):g,e.get("target")!==s.targetId&&t(U,{children:[" ",t("a",{href:E("/desk/audit",{...Object.fromEntries(e.entries()),target:s.targetId,type:void 0}),class:"desk-small",children:d("thisTargetOnly")})]})]})},class:"desk-break"},{header:d("changes"),cell:s=>Fo(s.changes),class:"desk-break"}]})]})}function Mo({query:e}){let n=N(qo,{}),[r,o]=f(e.get("from")??""),[a,i]=f(e.get("to")??""),[p,s]=f(e.get("actor")??""),[m,g]=f(e.get("action")??""),[u,b]=f(e.get("type")??""),A=e.get("target")??void 0,l=["from","to","actor","action","type","target"].some(k=>e.get(k)),D=Z()==="en";return t("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":d("filters"),onSubmit:k=>{k.preventDefault(),Q("/desk/audit",{from:r,to:a,actor:p,action:m,type:u,target:A})},children:[t(H,{legend:d("period"),class:"desk-period",children:[t(q,{label:d("fromDate"),type:"date",value:r,onInput:o,testid:"audit-from"}),t(q,{label:d("toDate"),type:"date",value:a,onInput:i,testid:"audit-to"})]}),t("div",{class:"desk-filters",children:[t(R,{label:d("actor"),value:p,onChange:s,testid:"audit-actor",options:[{value:"",label:d("all")},...(n.data?.users.edges??[]).map(k=>({value:k.node.id,label:`${k.node.displayName}（${$e(k.node.role)}）`}))]}),t(R,{label:d("action"),value:m,onChange:g,testid:"audit-action",options:[{value:"",label:d("all")},...dr.map(k=>({value:k.value,label:D?k.en:k.ja}))]}),t(R,{label:d("targetType"),value:u,onChange:b,testid:"audit-type",options:[{value:"",label:d("all")},...pr.map(k=>({value:k.value,label:D?k.en:k.ja}))]})]}),t("div",{class:"desk-filter-buttons",children:[t(I,{type:"submit",variant:"primary","data-testid":"audit-apply",children:d("apply")}),l&&t(I,{variant:"link",onClick:()=>Q("/desk/audit"),children:d("clearFilters")})]})]})}var Bo=_(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Uo=_(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),cr=_(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),jo=_(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Wo=["BUREAU","DIVISION","SECTION"],mr=()=>Wo.map(e=>({value:e,label:d(`kind${e}`)}));function Ne(e,n){return e?.field===`input.${n}`?e.clerkMessage():void 0}function gr({query:e}){let n=N(Bo,{}),r=ie(),[o,a]=f(""),i=e.get("id")??"",p=n.data?.municipality.departments??[],s=he(p),m=p.find(b=>b.id===i),g=r("department","write"),u=async(b,A)=>{a(b),await n.reload(),A!==void 0&&Q("/desk/departments",{id:A??void 0})};return t("section",{children:[t("h1",{children:d("departmentsTitle")}),t(V,{children:o}),t(P,{error:n.error,onRetry:()=>{n.reload()},retryLabel:h("retry")}),!n.data&&!n.error&&t(K,{label:h("loading")}),n.data&&t("div",{class:"desk-columns",children:[t("div",{class:"desk-tree","data-testid":"department-tree",children:[t("h2",{id:"dept-tree-title",children:d("departmentTree")}),s.length===0?t("p",{children:d("noDepartments")}):t(fr,{rows:s,selected:i})]}),g&&t("div",{class:"desk-side",children:[m?t(Vo,{dept:m,all:p,onDone:u},`${m.id}@${m.version}`):t("p",{class:"help",children:d("selectToEdit")}),t(Ko,{all:p,defaultParent:m?.id??"",onDone:u},`add-${m?.id??""}`)]})]})]})}function fr({rows:e,selected:n}){return t("ul",{children:e.map(r=>t("li",{children:[t("a",{href:E("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===n?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",t("span",{class:"desk-kind",children:["（",d(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&t(fr,{rows:r.children,selected:n})]},r.dept.id))})}function Vo({dept:e,all:n,onDone:r}){let[o,a]=f(e.name),[i,p]=f(e.kind),[s,m]=f(e.parent?.id??""),[g,u]=f(!1),b=F(async()=>{let y=await C(cr,{id:e.id,input:{name:o,kind:i},version:e.version});await r(d("savedDeptNotice",{name:y.updateDepartment.name}))}),A=F(async()=>{await C(cr,{id:e.id,input:{parentId:s},version:e.version}),await r(d("movedDeptNotice",{name:e.name}))}),l=F(async()=>{await C(jo,{id:e.id}),u(!1),await r(d("deletedDeptNotice",{name:e.name}),null)}),D=tr(n,e.id),k=be(he(n)).filter(y=>!D.has(y.dept.id));return t("div",{class:"desk-panel","data-testid":"department-edit",children:[t("h2",{children:d("editDepartment",{name:e.name})}),t("form",{"aria-label":d("rename"),onSubmit:y=>{y.preventDefault(),b.run()},children:[t(q,{label:d("deptName"),required:!0,value:o,onInput:a,error:Ne(b.error,"name"),testid:"dept-edit-name"}),t(R,{label:d("kind"),value:i,onChange:y=>p(y),options:mr(),testid:"dept-edit-kind"}),t(P,{error:b.error}),t("div",{class:"actions",children:t(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-rename",children:d("rename")})})]}),t("form",{"aria-label":d("move"),onSubmit:y=>{y.preventDefault(),A.run()},children:[t(R,{label:d("moveTo"),help:d("moveHelp"),value:s,onChange:m,error:Ne(A.error,"parentId"),testid:"dept-move-parent",options:[...e.parent?[]:[{value:"",label:d("parentTop")}],...k.map(y=>({value:y.dept.id,label:Se(y.dept.name,y.depth)}))]}),t(P,{error:A.error}),t("div",{class:"actions",children:t(I,{type:"submit",busy:A.busy,disabled:!s||s===(e.parent?.id??""),"data-testid":"dept-move",children:d("move")})})]}),t("div",{class:"actions",children:t(I,{variant:"danger",onClick:()=>u(!0),"data-testid":"dept-delete",children:d("deleteDept")})}),t(X,{open:g,title:d("deleteDeptConfirm",{name:e.name}),confirmLabel:d("deleteDept"),danger:!0,busy:l.busy,onConfirm:()=>{l.run()},onCancel:()=>{l.clear(),u(!1)},children:[t("p",{children:d("deleteDeptBody")}),l.error?.code==="CONFLICT"&&t("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[d("deptInUse"),t("br",{}),h("serverSays",{msg:l.error.serverMessage})]}),l.error&&l.error.code!=="CONFLICT"&&t(P,{error:l.error})]})]})}function Ko({all:e,defaultParent:n,onDone:r}){let[o,a]=f(""),[i,p]=f("SECTION"),[s,m]=f(n),[g,u]=f(""),b=F(async()=>{let l=g.trim()===""?null:Number(g),D=await C(Uo,{input:{name:o,kind:i,parentId:s||null,position:l}});a(""),u(""),await r(d("addedDeptNotice",{name:D.createDepartment.name}),D.createDepartment.id)}),A=be(he(e));return t("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:l=>{l.preventDefault(),b.run()},children:[t("h2",{id:"dept-add-title",children:d("newDepartment")}),t(q,{label:d("deptName"),required:!0,value:o,onInput:a,error:Ne(b.error,"name"),testid:"dept-add-name"}),t(R,{label:d("kind"),value:i,onChange:l=>p(l),options:mr(),testid:"dept-add-kind"}),t(R,{label:d("parent"),value:s,onChange:m,error:Ne(b.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:d("parentTop")},...A.map(l=>({value:l.dept.id,label:Se(l.dept.name,l.depth)}))]}),t(q,{label:d("position"),type:"number",value:g,onInput:u,help:d("positionHelp"),error:Ne(b.error,"position"),testid:"dept-add-position"}),t(P,{error:b.error}),t("div",{class:"actions",children:t(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-add",children:d("add")})})]})}var Ho=_(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),yr=20;function mt({status:e}){return e==="OPEN"?t(M,{tone:"warning",icon:"●",children:d("inquiryOpen")}):t(M,{tone:"success",icon:"✓",children:d("inquiryClosed")})}function zo(e){let n=e.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function hr({query:e}){let n=zo(e),r=String(n),[o,a]=ye(r),i=N(Ho,{first:yr,after:o,status:n});return t("section",{children:[t("h1",{children:d("inquiriesTitle")}),t("form",{class:"desk-filters",role:"search","aria-label":d("filters"),onSubmit:p=>p.preventDefault(),children:t(R,{label:d("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:p=>Q("/desk/inquiries",{status:p==="OPEN"?void 0:p}),options:[{value:"OPEN",label:d("inquiryOpen")},{value:"CLOSED",label:d("inquiryClosed")},{value:"ALL",label:d("all")}]})}),t(P,{error:i.error,onRetry:()=>{i.reload()},retryLabel:h("retry")}),t(oe,{caption:d("inquiriesCaption"),testid:"inquiries",page:i.data?.inquiries,after:o,onAfter:a,resetKey:r,pageSize:yr,rowKey:p=>p.id,columns:[{header:d("receivedAt"),cell:p=>L(p.createdAt),class:"desk-nowrap"},{header:d("subject"),cell:p=>t("a",{href:E(`/desk/inquiries/${encodeURIComponent(p.id)}`,{status:e.get("status")??void 0}),children:p.subject})},{header:d("sender"),cell:p=>`${p.name}${p.affiliation?`（${p.affiliation}）`:""}`},{header:d("inquiryStatus"),cell:p=>t(mt,{status:p.status})}]})]})}var Qo=_(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
      }
    }
  }
`),Go=_(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function br({params:e,query:n}){let r=N(Qo,{id:e.id}),o=ie(),[a,i]=f(!1),[p,s]=f(""),m=F(async()=>{await C(Go,{id:e.id}),i(!1),s(d("inquiryClosedNotice")),await r.reload()}),g=t("p",{children:t("a",{href:E("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",d("backToInquiries")]})});if(r.error)return t("section",{children:[t("h1",{children:d("inquiryTitle")}),t(P,{error:r.error,onRetry:()=>{r.reload()},retryLabel:h("retry")}),g]});let u=r.data?.node;return r.data?!u||!("subject"in u)?t("section",{children:[t("h1",{children:d("inquiryTitle")}),t(P,{error:new W("NOT_FOUND","")}),g]}):t("section",{children:[g,t("h1",{children:[d("inquiryTitle"),": ",u.subject]}),t(V,{children:p}),t("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[t("dt",{children:d("inquiryStatus")}),t("dd",{children:t(mt,{status:u.status})}),t("dt",{children:d("receivedAt")}),t("dd",{children:L(u.createdAt)}),t("dt",{children:d("name")}),t("dd",{children:u.name}),t("dt",{children:d("affiliation")}),t("dd",{children:u.affiliation||d("noAffiliation")}),t("dt",{children:d("email")}),t("dd",{children:t("a",{href:`mailto:${u.email}?subject=${encodeURIComponent(`Re: ${u.subject}`)}`,"aria-label":`${d("replyByMail")}: ${u.email}`,children:u.email})}),t("dt",{children:d("phone")}),t("dd",{children:u.phone||"—"}),t("dt",{children:d("subject")}),t("dd",{children:u.subject})]}),t("h2",{children:d("body")}),t("div",{class:"desk-body","data-testid":"inquiry-body",children:u.body}),u.status==="OPEN"&&o("inquiry","close")&&t("div",{class:"actions",children:t(I,{variant:"primary",onClick:()=>i(!0),"data-testid":"inquiry-close",children:d("closeInquiry")})}),t(X,{open:a,title:d("closeInquiryConfirm"),confirmLabel:d("closeInquiry"),busy:m.busy,onConfirm:()=>{m.run()},onCancel:()=>{m.clear(),i(!1)},children:[t("p",{children:d("closeInquiryBody",{subject:u.subject})}),t(P,{error:m.error})]})]}):t(K,{label:h("loading")})}var Jo=_(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),Yo=_(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),Zo=_(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),Dr=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function Ce(e){return d(`event${e}`)}function gt({active:e}){return e?t(M,{tone:"success",icon:"✓",children:d("active")}):t(M,{tone:"neutral",icon:"■",children:d("inactive")})}function Xo(){let e=new Uint8Array(32);return crypto.getRandomValues(e),Array.from(e,n=>n.toString(16).padStart(2,"0")).join("")}function kr(){let e=N(Jo,{}),n=ie(),[r,o]=f(""),[a,i]=f(null),[p,s]=f(null),m=F(async u=>{await C(Zo,{id:u.id}),s(null),i(null),o(d("deletedWebhookNotice",{url:u.url})),await e.reload()}),g=n("webhook","manage");return t("section",{children:[t("h1",{children:d("webhooksTitle")}),t("p",{children:d("webhooksIntro")}),t(V,{children:r}),a&&t("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[t("p",{children:d("secretOnce")}),t("p",{children:[t("span",{class:"desk-label",children:[d("secret"),": "]}),t("code",{children:a.secret})]}),t(I,{onClick:()=>i(null),children:h("close")})]}),t(P,{error:e.error,onRetry:()=>{e.reload()},retryLabel:h("retry")}),!e.data&&!e.error&&t(K,{label:h("loading")}),e.data&&t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"webhooks",children:[t("caption",{children:d("webhooksCaption")}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:d("url")}),t("th",{scope:"col",children:d("events")}),t("th",{scope:"col",children:d("status")}),t("th",{scope:"col",children:d("createdAt")}),t("th",{scope:"col",children:d("actions")})]})}),t("tbody",{children:[e.data.webhooks.length===0&&t("tr",{children:t("td",{colSpan:5,children:h("empty")})}),e.data.webhooks.map(u=>t("tr",{children:[t("td",{class:"desk-break",children:u.url}),t("td",{children:u.events.map(Ce).join("、")}),t("td",{children:t(gt,{active:u.active})}),t("td",{class:"desk-nowrap",children:L(u.createdAt)}),t("td",{children:t("div",{class:"desk-row-actions",children:[t("a",{class:"btn btn-small",href:E(`/desk/webhooks/${encodeURIComponent(u.id)}`),"aria-label":`${d("deliveryLog")}: ${u.url}`,children:d("deliveryLog")}),g&&t(I,{variant:"danger","aria-label":`${d("deleteWebhook")}: ${u.url}`,"data-testid":`webhook-delete-${u.id}`,onClick:()=>s({id:u.id,url:u.url}),children:d("deleteWebhook")})]})})]},u.id))]})]})}),g&&t(ei,{onDone:(u,b)=>{i({url:u,secret:b}),o(d("registeredNotice",{url:u})),e.reload()}}),t(X,{open:p!==null,title:p?d("deleteWebhookConfirm",{url:p.url}):"",confirmLabel:d("deleteWebhook"),danger:!0,busy:m.busy,onConfirm:()=>p&&void m.run(p),onCancel:()=>{m.clear(),s(null)},children:[t("p",{children:d("deleteWebhookBody")}),t(P,{error:m.error})]})]})}function ei({onDone:e}){let[n,r]=f(""),[o,a]=f(["CONTENT_PUBLISHED"]),[i,p]=f(!1),s=F(async()=>{let g=Xo(),u=await C(Yo,{input:{url:n.trim(),events:o,secret:g}});r(""),e(u.registerWebhook.url,g)}),m=g=>s.error?.field===`input.${g}`?s.error.clerkMessage():void 0;return t("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:g=>{if(g.preventDefault(),o.length===0){p(!0);return}p(!1),s.run()},children:[t("h2",{id:"webhook-form-title",children:d("newWebhook")}),t(q,{label:d("url"),type:"url",required:!0,value:n,onInput:r,help:d("urlHelp"),error:m("url"),testid:"webhook-url",autocomplete:"off"}),t(H,{legend:d("events"),children:[Dr.map(g=>t(Wn,{label:Ce(g),checked:o.includes(g),testid:`webhook-event-${g}`,onChange:u=>a(u?Dr.filter(b=>b===g||o.includes(b)):o.filter(b=>b!==g))},g)),(i||m("events"))&&t("p",{class:"field-error",role:"alert",children:m("events")??d("chooseEvent")})]}),t(P,{error:s.error}),t("div",{class:"actions",children:t(I,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"webhook-register",children:d("register")})})]})}var ti=_(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),vr=20,Ar=100;function ni({status:e}){let n={PENDING:["warning","…",d("deliveryPENDING")],DELIVERED:["success","✓",d("deliveryDELIVERED")],FAILED:["danger","×",d("deliveryFAILED")]},[r,o,a]=n[e]??["neutral","?",e];return t(M,{tone:r,icon:o,children:a})}function _r({params:e}){let[n,r]=f(vr),o=N(ti,{first:n}),a=t("p",{children:t("a",{href:E("/desk/webhooks"),children:["← ",d("backToWebhooks")]})});if(o.error)return t("section",{children:[a,t("h1",{children:d("webhookTitle")}),t(P,{error:o.error,onRetry:()=>{o.reload()},retryLabel:h("retry")})]});if(!o.data)return t(K,{label:h("loading")});let i=o.data.webhooks.find(s=>s.id===e.id);if(!i)return t("section",{children:[a,t("h1",{children:d("webhookTitle")}),t("p",{role:"alert",children:d("webhookMissing")})]});let p=i.deliveries;return t("section",{children:[a,t("h1",{children:[d("webhookTitle"),": ",t("span",{class:"desk-break",children:i.url})]}),t("dl",{class:"desk-dl",children:[t("dt",{children:d("events")}),t("dd",{children:i.events.map(Ce).join("、")}),t("dt",{children:d("status")}),t("dd",{children:t(gt,{active:i.active})}),t("dt",{children:d("createdAt")}),t("dd",{children:L(i.createdAt)})]}),t("h2",{children:d("deliveries")}),t("div",{class:"table-wrap",children:t("table",{class:"table","data-testid":"deliveries",children:[t("caption",{children:d("deliveriesCaption",{n})}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:d("queuedAt")}),t("th",{scope:"col",children:d("event")}),t("th",{scope:"col",children:d("status")}),t("th",{scope:"col",children:d("attempts")}),t("th",{scope:"col",children:d("lastStatusCode")}),t("th",{scope:"col",children:d("lastError")}),t("th",{scope:"col",children:d("nextAttemptAt")}),t("th",{scope:"col",children:d("deliveredAt")})]})}),t("tbody",{children:[p.length===0&&t("tr",{children:t("td",{colSpan:8,children:h("empty")})}),p.map(s=>t("tr",{children:[t("td",{class:"desk-nowrap",children:L(s.createdAt)}),t("td",{children:Ce(s.event)}),t("td",{children:t(ni,{status:s.status})}),t("td",{children:s.attempts}),t("td",{children:s.lastStatusCode===0?d("noResponse"):s.lastStatusCode}),t("td",{class:"desk-break",children:s.lastError||"—"}),t("td",{class:"desk-nowrap",children:s.status==="PENDING"?L(s.nextAttemptAt):"—"}),t("td",{class:"desk-nowrap",children:s.deliveredAt?L(s.deliveredAt):"—"})]},s.id))]})]})}),p.length>=n&&n<Ar&&t("div",{class:"actions",children:t(I,{onClick:()=>r(Math.min(n+vr,Ar)),busy:o.loading,"data-testid":"deliveries-more",children:d("showMore")})})]})}var Ir=[{path:"/desk/inquiries/:id",component:br,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:hr,nav:{label:()=>d("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:or,nav:{label:()=>d("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:gr,nav:{label:()=>d("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:_r,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:kr,nav:{label:()=>d("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/audit",component:ur,nav:{label:()=>d("navAudit"),order:340},permission:{resource:"audit",action:"read"}}];var xe=[{path:"/",component:Bn,nav:{label:()=>h("home"),order:0}},...Xn,...er,...Ir];function Pr(e){let n=e.viewer.me;return t(U,{children:[t("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:h("skipToMain")}),t("header",{class:"header",children:[t("div",{class:"brand",children:[t("span",{class:"brand-muni",children:e.viewer.municipality.name})," ",h("appName")]}),t("div",{class:"header-tools",children:[t("span",{class:"who","data-testid":"who",children:h("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),t(ft,{}),t(I,{onClick:e.onSignOut,busy:e.signingOut,"data-testid":"sign-out",children:h("signOut")})]})]}),t("div",{class:"frame",children:[t("nav",{class:"nav","aria-label":h("mainNav"),children:t("ul",{children:e.nav.map(r=>{let o=e.current===r.path||r.path!=="/"&&e.current.startsWith(`${r.path}/`);return t("li",{children:t("a",{href:E(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),t("main",{id:"main",class:"main",tabIndex:-1,children:e.children})]})]})}function ft(){let e=Z()==="ja"?"en":"ja";return t("button",{type:"button",class:"btn btn-link",lang:e,"aria-label":`${h("language")}: ${h("switchLang")}`,onClick:()=>Ht(e),"data-testid":"lang-toggle",children:h("switchLang")})}var ri=_(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function wr({notice:e}){let[n,r]=f(""),[o,a]=f(""),[i,p]=f(""),s=F(async()=>{let m=await C(ri,{email:n,password:o},{municipality:i.trim()||void 0});ue(m.login.token)});return t("div",{class:"login",children:[t("div",{class:"login-lang",children:t(ft,{})}),t("main",{id:"main",class:"login-box",children:[t("h1",{children:h("appName")}),t("h2",{children:h("signInTitle")}),e&&t("p",{class:"banner banner-notice",role:"status",children:e}),s.error&&t(P,{error:s.error}),t("form",{onSubmit:m=>{m.preventDefault(),s.run()},children:[t(q,{label:h("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),t(q,{label:h("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:a,testid:"login-password"}),t(q,{label:h("municipality"),help:h("municipalityHelp"),value:i,onInput:p,autocomplete:"off",testid:"login-municipality"}),t(I,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"login-submit",children:s.busy?h("signingIn"):h("signIn")})]})]})]})}var oi=_(`
  mutation Logout {
    logout
  }
`);async function ii(){try{await C(oi,{})}finally{ue(null)}}function ai(){let[,e]=f(0),[n,r]=f(Pe()!==null),[o,a]=f(!1);return G(()=>zt(()=>e(i=>i+1)),[]),G(()=>Qt(i=>{a(!i&&n),r(i)}),[n]),n?t(si,{}):t(wr,{notice:o?h("errUnauthenticated"):void 0})}function si(){let e=N(Mn,{}),[n,r]=f(!1),o=On(),a=()=>{r(!0),ii().catch(()=>{})};if(e.error)return t("main",{id:"main",class:"login-box",children:[t(P,{error:e.error,onRetry:()=>{e.reload()},retryLabel:h("retry")}),t(I,{onClick:a,children:h("signOut")})]});if(!e.data)return t(K,{label:h("loading")});let i=e.data.me;if(!i||i.role==="PROPOSER")return t("main",{id:"main",class:"login-box",children:[t("p",{class:"banner banner-error",role:"alert",children:h("proposerOnly")}),t(I,{onClick:a,children:h("signOut")})]});let p={me:i,municipality:e.data.municipality,permissions:null},s=xe.filter(u=>u.nav&&we(p,u.permission)).sort((u,b)=>u.nav.order-b.nav.order).map(u=>({path:u.path,label:u.nav.label()})),m=Fn(xe,o.path),g;if(!m||!we(p,m.route.permission))g=t("section",{children:[t("h1",{children:h("notFound")}),t("p",{children:t("a",{href:"#/",children:h("backHome")})})]});else{let u=m.route.component;g=t(u,{params:m.params,query:o.query},o.path)}return t(lt.Provider,{value:p,children:t(Pr,{viewer:p,nav:s,current:o.path,onSignOut:a,signingOut:n,children:g})})}document.documentElement.lang=Z();Tt(t(ai,{}),document.getElementById("app"));
